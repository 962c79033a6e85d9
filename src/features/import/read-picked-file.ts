/** Reading a picked or dropped file in the browser, before it goes to the compiler. */
import type { Problem } from "../../compile/problems";
import { fileKind } from "./user-file";

/** A picked file, read: Markdown ready to compile, plain text waiting for its details, or unreadable. */
export type ReadFile =
  | { kind: "markdown"; file: string; text: string }
  | { kind: "plain-text"; file: string; text: string }
  | { kind: "unreadable"; problem: Problem };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Reads a picked or dropped file as UTF-8 text, with the compiler's words when it cannot. */
export async function readPickedFile(picked: File): Promise<ReadFile> {
  const kind = fileKind(picked.name);
  if (!kind) return { kind: "unreadable", problem: { file: picked.name, line: 1, message: "is not a .md or .txt file; import articles as Markdown with front matter, or as plain text" } };
  const bytes = new Uint8Array(await picked.arrayBuffer());
  try {
    return { kind, file: picked.name, text: utf8.decode(bytes) };
  } catch {
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const bad = lenient.indexOf("\uFFFD");
    const line = bad < 0 ? 1 : lenient.slice(0, bad).split("\n").length;
    return { kind: "unreadable", problem: { file: picked.name, line, message: "is not UTF-8 text; save it as UTF-8 (plain text) and import it again" } };
  }
}
