/**
 * The dev server's curation endpoint: under `npm run dev` only (never in the built app), the Review
 * view, the evidence panel and the reader save each decision straight into data/curation.yaml, and the
 * graph is recompiled and the page reloaded.
 *
 * It accepts a request only from this machine (127.0.0.1), with the dev server's own Host and Origin
 * (no other site, and no DNS-rebinding name, can post to it) and the per-run token the dev server
 * writes into the page it serves. The entry is checked with the compiler's own schema; the file is
 * edited through the `yaml` package's Document API, so its comments and the order of its entries are
 * kept, and written atomically (a temporary file renamed over it). Saves are applied one after
 * another, each reading the file as the last one left it, so concurrent saves are never lost.
 */
import { randomBytes } from "node:crypto";
import { spawn } from "node:child_process";
import { readFile, rename, writeFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { Plugin } from "vite";
import { isMap, isSeq, parseDocument, type YAMLSeq } from "yaml";
import { CurationEntrySchema, type CurationEntry } from "../src/graph/curation-entries.ts";

/** Where the app posts (see src/app/decisions-sync.ts). */
export const CURATION_ENDPOINT = "/__tiegraph/curation";
const MAX_BODY = 64 * 1024;

export interface EndpointOptions {
  /** The curation file (data/curation.yaml). */
  file: string;
  /** The per-run token the page must send (header x-tiegraph-token). */
  token: string;
  /** The server's own port: Host must be 127.0.0.1:<port>, Origin http://127.0.0.1:<port>. */
  port: () => number | null;
  /** Called after each save (the dev server recompiles and reloads). */
  onSaved?: () => void;
}

type Reply = { status: number; message: string };

/** Adds `entry` to the file's `entries` (or removes the first equal one), keeping comments and order. Not atomic by itself. */
export function editCurationText(text: string, entry: CurationEntry, remove: boolean): string {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(`${doc.errors[0]!.message.split("\n")[0]}; fix data/curation.yaml by hand first`);
  if (!isMap(doc.contents)) throw new Error("data/curation.yaml must be a mapping with 'entries'");
  let entries = doc.get("entries", true);
  if (!isSeq(entries)) {
    entries = doc.createNode([]) as YAMLSeq;
    doc.set("entries", entries);
  }
  const seq = entries as YAMLSeq;
  // an empty `entries: []` is a flow sequence; block style reads better once it has entries
  seq.flow = false;
  const same = (item: unknown) => JSON.stringify((item as { toJSON?: () => unknown })?.toJSON?.()) === JSON.stringify(entry);
  if (remove) {
    const i = seq.items.findIndex(same);
    if (i >= 0) seq.items.splice(i, 1);
    if (!seq.items.length) seq.flow = true;
  } else {
    const node = doc.createNode(entry);
    (node as { flow?: boolean }).flow = true;
    seq.items.push(node);
  }
  return doc.toString({ lineWidth: 0 });
}

/** Writes `text` to `file` atomically: a temporary file beside it, renamed over it. */
async function writeAtomically(file: string, text: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  await writeFile(tmp, text);
  await rename(tmp, file);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error("the request is too large"));
      else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

const LOOPBACK = new Set(["127.0.0.1", "::ffff:127.0.0.1"]);

/** The endpoint's request handler: checks, then saves one entry; replies with a status and a message saying what to do. */
export function createCurationHandler(options: EndpointOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  let queue: Promise<unknown> = Promise.resolve();
  const check = async (req: IncomingMessage): Promise<Reply | { entry: CurationEntry; remove: boolean }> => {
    const port = options.port();
    if (!LOOPBACK.has(req.socket?.remoteAddress ?? "")) return { status: 403, message: "only this machine (127.0.0.1) may save curation" };
    if (port === null || req.headers.host !== `127.0.0.1:${port}`) return { status: 403, message: `the Host must be 127.0.0.1:${port ?? "<port>"}; open the app at http://127.0.0.1:${port ?? "<port>"}/` };
    if (req.headers.origin !== `http://127.0.0.1:${port}`) return { status: 403, message: "the request must come from the app this dev server serves" };
    if (req.headers["x-tiegraph-token"] !== options.token) return { status: 403, message: "the token is not this dev server's; reload the page" };
    if (req.method !== "POST") return { status: 405, message: "POST a JSON body { entry }" };
    if (!String(req.headers["content-type"] ?? "").startsWith("application/json")) return { status: 415, message: "the body must be JSON" };
    let json: unknown;
    try {
      json = JSON.parse(await readBody(req));
    } catch (err) {
      return { status: 400, message: `the body is not JSON: ${(err as Error).message}` };
    }
    const body = json as { entry?: unknown; remove?: unknown };
    const checked = CurationEntrySchema.safeParse(body?.entry);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      return { status: 422, message: `not a curation entry: ${issue?.path.join(".") || "entry"}: ${issue?.message}` };
    }
    return { entry: checked.data, remove: body.remove === true };
  };
  return async (req, res) => {
    const reply = (r: Reply) => {
      res.statusCode = r.status;
      res.setHeader("content-type", "text/plain; charset=utf-8");
      res.end(r.message);
    };
    const checked = await check(req);
    if ("status" in checked) return reply(checked);
    // one save at a time, each on the file as the last one left it
    const saved = queue.then(async () => {
      const text = await readFile(options.file, "utf8");
      await writeAtomically(options.file, editCurationText(text, checked.entry, checked.remove));
    });
    queue = saved.catch(() => undefined);
    try {
      await saved;
    } catch (err) {
      return reply({ status: 500, message: `data/curation.yaml was left unchanged: ${(err as Error).message}` });
    }
    options.onSaved?.();
    reply({ status: 200, message: checked.remove ? "removed from data/curation.yaml" : "saved in data/curation.yaml" });
  };
}

/**
 * Vite plugin (serve only): the endpoint, the token in the page, and after saves a recompile (a
 * failed one shows the compiler's messages in Vite's error overlay) and a reload.
 */
export function curationEndpointPlugin(): Plugin {
  const token = randomBytes(24).toString("hex");
  return {
    name: "tiegraph-curation-endpoint",
    apply: "serve",
    transformIndexHtml: () => [{ tag: "meta", attrs: { name: "tiegraph-dev-token", content: token }, injectTo: "head" }],
    configureServer(server) {
      let timer: ReturnType<typeof setTimeout> | null = null;
      let compiling: Promise<void> = Promise.resolve();
      const recompile = () => {
        compiling = compiling.then(
          () =>
            new Promise<void>((resolve) => {
              const child = spawn(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "-s", "compile"], { cwd: server.config.root, stdio: ["ignore", "pipe", "pipe"] });
              let out = "";
              child.stdout.on("data", (d: Buffer) => (out += d.toString()));
              child.stderr.on("data", (d: Buffer) => (out += d.toString()));
              child.on("close", (code) => {
                if (code === 0) {
                  server.config.logger.info(`curation saved; ${out.trim().split("\n")[0]}`);
                  server.ws.send({ type: "full-reload" });
                } else {
                  server.config.logger.error(out);
                  server.ws.send({ type: "error", err: { message: `npm run compile failed after a curation save:\n${out}`, stack: "" } });
                }
                resolve();
              });
            }),
        );
      };
      const handler = createCurationHandler({
        file: path.join(server.config.root, "data/curation.yaml"),
        token,
        port: () => {
          const address = server.httpServer?.address();
          return address && typeof address === "object" ? address.port : null;
        },
        onSaved: () => {
          // saves in quick succession (a batch) are compiled once
          if (timer) clearTimeout(timer);
          timer = setTimeout(recompile, 400);
        },
      });
      server.middlewares.use(CURATION_ENDPOINT, (req, res) => void handler(req, res));
    },
  };
}
