/**
 * The Content-Security-Policy of the built app: scripts, styles, data and frames from the app's own
 * origin only, no inline script, no third-party origin. Injected into the built index.html as a meta
 * tag (the dev server keeps its inline React-refresh script, so it is left out there) and sent as a
 * header by `vite preview`, where `frame-ancestors` also applies.
 */
import type { Plugin } from "vite";

const DIRECTIVES: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self'",
  // The favicon is an inline SVG data URL; an exported PNG is drawn from the picture as a blob: URL.
  "img-src": "'self' data: blob:",
  "connect-src": "'self'",
  "font-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'none'",
  "form-action": "'none'",
};

/** The policy as one header value; `frame-ancestors` only where it is honoured (a header). */
export function contentSecurityPolicy({ header = false } = {}): string {
  const all = header ? { ...DIRECTIVES, "frame-ancestors": "'none'" } : DIRECTIVES;
  return Object.entries(all)
    .map(([name, value]) => `${name} ${value}`)
    .join("; ");
}

/** Vite plugin: adds the policy's meta tag to index.html at build time only. */
export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: "tiegraph-content-security-policy",
    apply: "build",
    transformIndexHtml: () => [{ tag: "meta", attrs: { "http-equiv": "Content-Security-Policy", content: contentSecurityPolicy() }, injectTo: "head-prepend" }],
  };
}
