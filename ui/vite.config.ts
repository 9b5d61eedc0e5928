import { defineConfig } from "vitest/config";

// Preact through esbuild's automatic JSX runtime: no framework plugin needed.
export default defineConfig({
  esbuild: { jsx: "automatic", jsxImportSource: "preact" },
  clearScreen: false,
  build: { outDir: "dist", target: "es2022", sourcemap: false },
  test: { environment: "happy-dom", globals: true },
});
