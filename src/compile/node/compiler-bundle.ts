/**
 * The compiler as plain scripts. `npm run compile` starts from TypeScript through tsx, which keeps
 * every function's name by wrapping each closure as it is made: in the compiler's hot loops that made
 * compiling a third slower. And a worker thread would have to start tsx's loader again (about a
 * second per worker). So the command line and each compile worker run bundles built by esbuild,
 * rebuilt only when a source of the compiler changes and kept in node_modules/.cache.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync } from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const SRC = path.resolve(HERE, "../..");
/** Where bundles are kept (TIEGRAPH_BUNDLE_CACHE lets a test start from an empty one). */
const CACHE = process.env.TIEGRAPH_BUNDLE_CACHE ?? path.resolve(SRC, "../node_modules/.cache/tiegraph");

/** Every non-test TypeScript file under `dir`, recursively, sorted. */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith(".ts") && !e.name.endsWith(".test.ts"))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/**
 * The path of the bundle of `entry` (a file under src/compile) for the current sources, building it
 * first if needed.
 */
export function compilerBundle(entry: "cli.ts" | "node/compile-worker.ts" | "node/compile-folder.ts"): string {
  const hash = createHash("sha256");
  for (const file of [...sources(path.join(SRC, "compile")), ...sources(path.join(SRC, "graph"))]) {
    hash.update(file).update(readFileSync(file));
  }
  const out = path.join(CACHE, `${path.basename(entry, ".ts")}-${hash.digest("hex").slice(0, 16)}.cjs`);
  if (existsSync(out)) return out;
  mkdirSync(CACHE, { recursive: true });
  // Built under a name of its own and renamed, so compiles running side by side never read half a file.
  const tmp = `${out}.${process.pid}.tmp`;
  // esbuild's API runs its own binary, found from its package, so it is loaded from the project's
  // node_modules (as this source file would), never from inside a bundle.
  const { buildSync } = createRequire(import.meta.url)("esbuild") as typeof import("esbuild");
  buildSync({
    entryPoints: [path.join(SRC, "compile", entry)],
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: tmp,
    logLevel: "silent",
    // This file, bundled into the command line, still finds the sources and the cache.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(path.join(HERE, "compiler-bundle.ts")).href) },
  });
  renameSync(tmp, out);
  return out;
}

/** The bundled compile worker. */
export function workerBundle(): string {
  return compilerBundle("node/compile-worker.ts");
}
