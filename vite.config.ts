/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { contentSecurityPolicy, contentSecurityPolicyPlugin } from "./scripts/content-security-policy.ts";
import { curationEndpointPlugin } from "./scripts/curation-endpoint.ts";

// The compiled graph lives in public/graph.json (written by `npm run compile`), served as a static file.
export default defineConfig({
  // the curation endpoint exists under `npm run dev` only (apply: "serve"), never in the built app
  plugins: [react(), contentSecurityPolicyPlugin(), curationEndpointPlugin()],
  base: "./",
  server: { host: "127.0.0.1", port: 5173, strictPort: false },
  preview: { host: "127.0.0.1", port: 4173, headers: { "Content-Security-Policy": contentSecurityPolicy({ header: true }) } },
  build: { target: "es2022", sourcemap: true },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "scripts/**/*.test.ts"],
    environment: "node",
    // The compile tests load the language model once per worker; on a busy two-core machine the first
    // test of a file can take several seconds.
    testTimeout: 30_000,
  },
});
