import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { dataFiles } from "./scripts/dataFilesPlugin.ts";
import { htmlPages } from "./scripts/htmlPagesPlugin.ts";
import { offline } from "./scripts/offlinePlugin.ts";
import { contentSecurity } from "./scripts/cspPlugin.ts";
import { prerenderPages } from "./scripts/prerenderPlugin.ts";
import { siteUrl } from "./scripts/oembed.ts";

/** The site's public address, e.g. SITE_URL=https://example.org/ledger/: embed pages then offer oEmbed discovery. */
const SITE_URL = siteUrl(process.env.SITE_URL);
if (process.env.SITE_URL && !SITE_URL)
  throw new Error(`SITE_URL must be an absolute http(s) address, not ${JSON.stringify(process.env.SITE_URL)}`);

/** The base path the site is deployed under, e.g. BASE_PATH=/ledger/ npm run build; by default SITE_URL's path, or "/". */
function basePath(): string {
  const raw = process.env.BASE_PATH?.trim() || (SITE_URL ? new URL(SITE_URL).pathname : "/");
  const withLead = raw.startsWith("/") ? raw : `/${raw}`;
  return withLead.endsWith("/") ? withLead : `${withLead}/`;
}

export default defineConfig({
  base: basePath(),
  // The public address, for links that must work off the site (the handout's QR codes); "" when unset.
  define: { "import.meta.env.VITE_SITE_URL": JSON.stringify(SITE_URL ?? "") },
  // The HTML pages (index.html, embed/<view>/index.html, …) are generated from scripts/pages.ts.
  plugins: [
    react(),
    dataFiles(),
    htmlPages(undefined, import.meta.dirname, SITE_URL),
    prerenderPages(import.meta.dirname),
    offline(import.meta.dirname),
    contentSecurity(),
  ],
  // The data files' checking worker (src/data/validate/) is a module worker, bundled as one ES module.
  worker: { format: "es" },
  build: {
    outDir: process.env.OUT_DIR || "dist",
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // A catalog's parts (src/i18n/<language>/<part>.ts) by language and part: i18n-zh-trade-<hash>.js.
        chunkFileNames: (chunk) => {
          const part = chunk.facadeModuleId?.match(/\/src\/i18n\/([\w-]+)\/([\w-]+)\.ts$/);
          return part ? `assets/i18n-${part[1]}-${part[2]}-[hash].js` : "assets/[name]-[hash].js";
        },
      },
    },
  },
});
