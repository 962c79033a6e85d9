/** Test helper: runs the compiler CLI as `npm run compile` does (`node --import tsx src/compile/node/run-compiler.ts`). */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./fixtures";

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI in `cwd` with `args`; `onStart` gets the child (to kill it mid-run). */
export function runCli(cwd: string, args: readonly string[], onStart?: (child: ChildProcess) => void): Promise<CliRun> {
  const tsx = pathToFileURL(path.join(ROOT, "node_modules/tsx/dist/esm/index.mjs")).href;
  const child = spawn(process.execPath, ["--import", tsx, path.join(ROOT, "src/compile/node/run-compiler.ts"), ...args], {
    cwd,
    env: { ...process.env, NODE_OPTIONS: "" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
  child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
  onStart?.(child);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
