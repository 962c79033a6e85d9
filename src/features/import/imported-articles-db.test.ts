import { IDBFactory } from "fake-indexeddb";
import { describe, expect, it } from "vitest";
import { clearUserFiles, loadUserFiles, removeUserFile, saveUserFiles } from "./imported-articles-db";

// An in-memory IndexedDB for Node; idb-keyval opens it on first use.
globalThis.indexedDB = new IDBFactory();

const file = (name: string, addedAt: number, text = "---\n---\n") => ({ file: name, text, lineOffset: 0, addedAt });

describe("the imported-articles store", () => {
  it("keeps files in the order they were added, replaces a file of the same name, removes and clears", async () => {
    await clearUserFiles();
    await saveUserFiles([file("b.md", 2), file("a.txt", 1)]);
    await saveUserFiles([file("b.md", 3, "new text")]);
    expect((await loadUserFiles()).map((f) => [f.file, f.text])).toEqual([
      ["a.txt", "---\n---\n"],
      ["b.md", "new text"],
    ]);
    await removeUserFile("a.txt");
    expect((await loadUserFiles()).map((f) => f.file)).toEqual(["b.md"]);
    await clearUserFiles();
    expect(await loadUserFiles()).toEqual([]);
  });
});
