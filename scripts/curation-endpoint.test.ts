import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { CurationFileSchema } from "../src/graph/curation-entries";
import { createCurationHandler } from "./curation-endpoint";

const PORT = 5173;
const TOKEN = "t0k3n";
const HEADER = `# Curation: an editor's judgement calls.
# (a comment that must survive every save)
entries: []
`;

interface Sent {
  status: number;
  body: string;
}

function request(body: unknown, over: { host?: string; origin?: string; token?: string | null; remote?: string; method?: string } = {}): IncomingMessage {
  const req = Readable.from([Buffer.from(typeof body === "string" ? body : JSON.stringify(body))]) as unknown as IncomingMessage;
  Object.assign(req, {
    method: over.method ?? "POST",
    socket: { remoteAddress: over.remote ?? "127.0.0.1" },
    headers: {
      host: over.host ?? `127.0.0.1:${PORT}`,
      origin: over.origin ?? `http://127.0.0.1:${PORT}`,
      "content-type": "application/json",
      ...(over.token === null ? {} : { "x-tiegraph-token": over.token ?? TOKEN }),
    },
  });
  return req;
}

function response(): { res: ServerResponse; sent: Promise<Sent> } {
  let done: (s: Sent) => void = () => undefined;
  const sent = new Promise<Sent>((r) => (done = r));
  const res = { statusCode: 0, setHeader: () => undefined, end: (body: string) => done({ status: res.statusCode, body }) };
  return { res: res as unknown as ServerResponse, sent };
}

const confirm = (n: number) => ({ action: "confirm", evidence: `ev-${n.toString(16).padStart(12, "0")}`, note: `checked ${n}` });

let file = "";
let saves = 0;
const handler = () => createCurationHandler({ file, token: TOKEN, port: () => PORT, onSaved: () => saves++ });
async function post(body: unknown, over?: Parameters<typeof request>[1], h = handler()): Promise<Sent> {
  const { res, sent } = response();
  await h(request(body, over), res);
  return sent;
}

beforeEach(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), "curation-")), "curation.yaml");
  await writeFile(file, HEADER);
  saves = 0;
});

describe("the dev server's curation endpoint", () => {
  it("saves a valid entry, keeping the file's comments", async () => {
    const sent = await post({ entry: confirm(1) });
    expect(sent.status).toBe(200);
    const text = await readFile(file, "utf8");
    expect(text).toContain("(a comment that must survive every save)");
    expect(CurationFileSchema.parse(parse(text)).entries).toEqual([confirm(1)]);
    expect(saves).toBe(1);
  });

  it("refuses anything but a valid curation entry, and leaves the file as it was", async () => {
    for (const body of [{ entry: { action: "delete-everything" } }, { entry: { action: "confirm", evidence: "not-an-id" } }, { entry: { action: "add", article: "a" } }, {}, "not json"]) {
      const sent = await post(body);
      expect(sent.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
    }
    expect(await readFile(file, "utf8")).toBe(HEADER);
    expect(saves).toBe(0);
  });

  it("refuses any host but 127.0.0.1 on its own port, another origin, another machine, and a missing or wrong token", async () => {
    const refused = [
      { host: `localhost:${PORT}` },
      { host: `evil.example:${PORT}` },
      { host: `127.0.0.1:9999` },
      { origin: "http://evil.example" },
      { origin: `http://localhost:${PORT}` },
      { remote: "192.168.1.20" },
      { token: null },
      { token: "guessed" },
      { method: "GET" },
    ];
    for (const over of refused) {
      const sent = await post({ entry: confirm(2) }, over);
      expect(sent.status, JSON.stringify(over)).toBeGreaterThanOrEqual(400);
      expect(sent.body.length).toBeGreaterThan(10);
    }
    expect(await readFile(file, "utf8")).toBe(HEADER);
  });

  it("loses none of many concurrent saves, and keeps them in the order they came", async () => {
    const h = handler();
    const sent = await Promise.all(Array.from({ length: 25 }, (_, i) => post({ entry: confirm(i) }, undefined, h)));
    expect(sent.every((s) => s.status === 200)).toBe(true);
    const entries = CurationFileSchema.parse(parse(await readFile(file, "utf8"))).entries;
    expect(entries).toEqual(Array.from({ length: 25 }, (_, i) => confirm(i)));
  });

  it("removes an entry an editor undid, and only that one", async () => {
    const h = handler();
    await post({ entry: confirm(1) }, undefined, h);
    await post({ entry: confirm(2) }, undefined, h);
    expect((await post({ entry: confirm(1), remove: true }, undefined, h)).status).toBe(200);
    expect(CurationFileSchema.parse(parse(await readFile(file, "utf8"))).entries).toEqual([confirm(2)]);
  });
});
