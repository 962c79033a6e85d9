/**
 * zod compiles its object parsers with `new Function`, which the Content-Security-Policy forbids (no
 * 'unsafe-eval'); even its probe for that is reported as a violation. Schemas read this setting when
 * they are built, so this module is imported first, before anything that defines a schema.
 */
import { z } from "zod";

z.config({ jitless: true });
