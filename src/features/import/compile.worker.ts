/**
 * The import compiler, off the main thread: the shipped sources are bundled into this worker at
 * build time (the same files `npm run compile` reads), so compiling needs no request at all, and
 * the user's files never leave the browser.
 */
import type { CorpusInput } from "../../compile/compile-corpus";
import actors from "../../../data/actors.yaml?raw";
import cues from "../../../data/cues.yaml?raw";
import curation from "../../../data/curation.yaml?raw";
import { compileWithImports } from "./import-compile";
import type { WorkerReply, WorkerRequest } from "./worker-protocol";

const articles = import.meta.glob<string>("../../../data/articles/*.md", { query: "?raw", import: "default", eager: true });

const shipped: CorpusInput = {
  // Keys are "../../../data/articles/x.md"; messages name files as the CLI does ("data/articles/x.md").
  articles: Object.entries(articles).map(([path, text]) => ({ file: path.replace(/^(\.\.\/)+/, ""), text })),
  actors: { file: "data/actors.yaml", text: actors },
  cues: { file: "data/cues.yaml", text: cues },
  curation: { file: "data/curation.yaml", text: curation },
};

const reply = (message: WorkerReply) => self.postMessage(message);

self.addEventListener("message", (event: MessageEvent<WorkerRequest>) => {
  const { requestId, files, reportFor } = event.data;
  const started = performance.now();
  const result = compileWithImports(shipped, files, (done, total) => reply({ kind: "progress", requestId, done, total }), reportFor);
  reply({ kind: "done", requestId, result, ms: performance.now() - started });
});

reply({ kind: "ready" });
