/**
 * zod, as every module of Tiegraph imports it. In a browser (page or worker) the app runs under a
 * Content-Security-Policy without eval, and zod would compile an object schema's parser with
 * `new Function`; even its probe for whether it may (a caught `new Function("")`, made when the first
 * object schema is built) is reported as a policy violation. zod reads this setting when a schema is
 * built, so it must be set before any module builds one: which module a lazily loaded chunk evaluates
 * first is not fixed, hence one door for all of them (the lint forbids importing "zod" elsewhere).
 * Node keeps the faster compiled parsers.
 */
import { z } from "zod";

if (typeof document !== "undefined" || typeof (globalThis as { importScripts?: unknown }).importScripts === "function") {
  z.config({ jitless: true });
}

export { z };
