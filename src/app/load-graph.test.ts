import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION } from "../graph/vocabulary";
import { fixtureGraph } from "../graph/test-fixture";
import { checkGraphText, fetchGraph } from "./load-graph";

const good = JSON.stringify(fixtureGraph());

describe("checkGraphText", () => {
  it("accepts a schema-valid graph", () => {
    expect(checkGraphText(good).status).toBe("ready");
  });

  it("says when the file is not JSON, and how to rebuild", () => {
    const load = checkGraphText("{nope");
    expect(load.status === "error" && load.title).toBe("graph.json is not valid JSON");
    expect(load.status === "error" && load.details.at(-1)).toMatch(/npm run compile/);
  });

  it("names an older schema version", () => {
    const load = checkGraphText(JSON.stringify({ ...fixtureGraph(), schemaVersion: 0 }));
    expect(load.status === "error" && load.details[0]).toBe(`It has schemaVersion 0; this app reads schemaVersion ${SCHEMA_VERSION}.`);
  });

  it("lists the first schema problems with their paths", () => {
    const broken = fixtureGraph();
    const text = JSON.stringify({ ...broken, actors: broken.actors.map((a, i) => (i === 0 ? { ...a, color: "red" } : a)) });
    const load = checkGraphText(text);
    expect(load.status).toBe("error");
    expect(load.status === "error" && load.details[0]).toMatch(/^actors\.0\.color: /);
  });
});

describe("fetchGraph", () => {
  it("reports a missing file", async () => {
    const load = await fetchGraph("graph.json", async () => new Response("not found", { status: 404 }));
    expect(load.status === "error" && load.title).toBe("graph.json is missing");
  });

  it("treats an HTML fallback page as a missing file", async () => {
    const load = await fetchGraph("graph.json", async () => new Response("<!doctype html><html></html>", { status: 200 }));
    expect(load.status === "error" && load.title).toBe("graph.json is missing");
  });

  it("loads a good graph", async () => {
    const load = await fetchGraph("graph.json", async () => new Response(good, { status: 200 }));
    expect(load.status).toBe("ready");
  });
});
