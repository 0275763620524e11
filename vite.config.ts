import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { dataFiles } from "./scripts/dataFilesPlugin.ts";
import { htmlPages } from "./scripts/htmlPagesPlugin.ts";

/** The base path the site is deployed under, e.g. BASE_PATH=/ledger/ npm run build. */
function basePath(): string {
  const raw = process.env.BASE_PATH?.trim() || "/";
  const withLead = raw.startsWith("/") ? raw : `/${raw}`;
  return withLead.endsWith("/") ? withLead : `${withLead}/`;
}

export default defineConfig({
  base: basePath(),
  // The HTML pages (index.html, embed/<view>/index.html, …) are generated from scripts/pages.ts.
  plugins: [react(), dataFiles(), htmlPages(undefined, import.meta.dirname)],
  build: {
    outDir: process.env.OUT_DIR || "dist",
    emptyOutDir: true,
  },
});
