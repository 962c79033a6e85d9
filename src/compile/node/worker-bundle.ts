/**
 * The compile worker as one plain script. The compiler runs from TypeScript through tsx, whose loader
 * a worker thread would have to start again (about a second per worker); a bundle built by esbuild
 * starts in a fraction of that. It is rebuilt only when a source of the compiler changes, and kept in
 * node_modules/.cache.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSync } from "esbuild";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.resolve(HERE, "../..");
const ENTRY = path.join(HERE, "compile-worker.ts");
const CACHE = path.resolve(SRC, "../node_modules/.cache/tiegraph");

/** Every non-test TypeScript file under `dir`, recursively, sorted. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** The path of the bundled worker for the current sources, building it first if needed. */
export function workerBundle(): string {
  const hash = createHash("sha256");
  for (const file of [...sources(path.join(SRC, "compile")), ...sources(path.join(SRC, "graph"))]) {
    hash.update(file).update(readFileSync(file));
  }
  const out = path.join(CACHE, `compile-worker-${hash.digest("hex").slice(0, 16)}.cjs`);
  if (existsSync(out)) return out;
  mkdirSync(CACHE, { recursive: true });
  // Built under a name of its own and renamed, so compiles running side by side never read half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  buildSync({ entryPoints: [ENTRY], bundle: true, platform: "node", format: "cjs", target: "node20", outfile: tmp, logLevel: "silent" });
  renameSync(tmp, out);
  return out;
}
