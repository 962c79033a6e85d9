/** `npm run compile`: the command line (cli.ts) run from its bundle, for the reason compiler-bundle.ts gives. */
import { createRequire } from "node:module";
import { compilerBundle } from "./compiler-bundle";

createRequire(import.meta.url)(compilerBundle("cli.ts"));
