import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ManifestOptions } from "vite-plugin-pwa";
import { english as messages } from "../src/i18n/allCatalogs.ts";

/** The light value of a colour token in tokens.css: `--name: light-dark(#light, #dark)` or `--name: #hex`. */
export function tokenColour(css: string, name: string): string {
  const rule = css.match(new RegExp(`--${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-fA-F]{3,8})`));
  if (!rule?.[1]) throw new Error(`tokens.css has no colour --${name}`);
  return rule[1];
}

/**
 * The web app manifest, so the site can be installed. Addresses are relative to the manifest, which sits at the
 * base path, so start_url and scope are the base path whatever it is. Colours come from the design tokens.
 */
export function webManifest(root = process.cwd()): Partial<ManifestOptions> {
  const tokens = readFileSync(resolve(root, "src/app/styles/tokens.css"), "utf8");
  return {
    name: messages["app.title"],
    short_name: messages["app.title"],
    description: messages["page.dashboard.description"],
    lang: "en",
    dir: "ltr",
    start_url: "./",
    scope: "./",
    id: "./",
    display: "standalone",
    theme_color: tokenColour(tokens, "color-accent"),
    background_color: tokenColour(tokens, "color-bg"),
    icons: [
      { src: "icons/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "icons/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "icons/icon-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "favicon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
