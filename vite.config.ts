import { resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { dataFiles } from "./scripts/dataFilesPlugin.ts";
import { PAGES } from "./scripts/pages.ts";

/** The base path the site is deployed under, e.g. BASE_PATH=/ledger/ npm run build. */
function basePath(): string {
  const raw = process.env.BASE_PATH?.trim() || "/";
  const withLead = raw.startsWith("/") ? raw : `/${raw}`;
  return withLead.endsWith("/") ? withLead : `${withLead}/`;
}

export default defineConfig({
  base: basePath(),
  plugins: [react(), dataFiles()],
  build: {
    outDir: process.env.OUT_DIR || "dist",
    emptyOutDir: true,
    rollupOptions: {
      input: Object.fromEntries(PAGES.map((p) => [p.name, resolve(import.meta.dirname, p.html)])),
    },
  },
});
