/** The messages between the app and the compile worker. */
import type { ImportCompileResult } from "./import-compile";
import type { UserFile } from "./user-file";

/** Compile the shipped corpus with these files. */
export interface WorkerRequest {
  requestId: number;
  files: UserFile[];
  /** The files to report on sentence by sentence (those just added). */
  reportFor: string[];
}

export type WorkerReply =
  | { kind: "ready" }
  | { kind: "progress"; requestId: number; done: number; total: number }
  | { kind: "done"; requestId: number; result: ImportCompileResult; ms: number };
