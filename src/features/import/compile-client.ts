/**
 * The app's side of the compile worker: one worker for the page, started on first use, and a
 * promise per compile with progress along the way.
 */
import type { ImportCompileResult, ProgressListener } from "./import-compile";
import type { UserFile } from "./user-file";
import type { WorkerReply, WorkerRequest } from "./worker-protocol";

let worker: Worker | null = null;
let ready: Promise<void> | null = null;
let nextId = 1;

function start(): { worker: Worker; ready: Promise<void> } {
  if (!worker || !ready) {
    const w = new Worker(new URL("./compile.worker.ts", import.meta.url), { type: "module", name: "tiegraph-compiler" });
    worker = w;
    ready = new Promise((resolve, reject) => {
      const onMessage = (event: MessageEvent<WorkerReply>) => {
        if (event.data.kind !== "ready") return;
        w.removeEventListener("message", onMessage);
        resolve();
      };
      w.addEventListener("message", onMessage);
      w.addEventListener("error", (event) => reject(new Error(`the compiler could not start: ${event.message || "unknown error"}`)), { once: true });
    });
  }
  return { worker, ready };
}

/** Starts the compiler (loading its code) ahead of the first import; resolves once it can compile. */
export function warmCompiler(): Promise<void> {
  return start().ready;
}

/** Compiles the shipped corpus with `files` in the worker. */
export async function compileInWorker(files: UserFile[], onProgress: ProgressListener = () => undefined, reportFor: string[] = []): Promise<ImportCompileResult & { ms: number }> {
  const { worker: w, ready: started } = start();
  await started;
  const requestId = nextId++;
  return new Promise((resolve) => {
    const onMessage = (event: MessageEvent<WorkerReply>) => {
      const message = event.data;
      if (message.kind === "ready" || message.requestId !== requestId) return;
      if (message.kind === "progress") onProgress(message.done, message.total);
      else {
        w.removeEventListener("message", onMessage);
        resolve({ ...message.result, ms: message.ms });
      }
    };
    w.addEventListener("message", onMessage);
    w.postMessage({ requestId, files, reportFor } satisfies WorkerRequest);
  });
}
