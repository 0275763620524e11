import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "vite";
import type { languageFiles } from "../src/data/languageFiles.ts";

/** Folders under data/ whose JSON files the site also serves: the JSON Schemas and the map's geometry. */
const SERVED_DIRS = ["schema", "geo"] as const;

/** Files under data/ that the site serves at <base>data/…: the datasets, their JSON Schemas and the map geometry. */
export function listDataFiles(dataDir: string): string[] {
  const top = readdirSync(dataDir).filter((f) => f.endsWith(".json"));
  const nested = SERVED_DIRS.flatMap((dir) => {
    const path = join(dataDir, dir);
    return existsSync(path)
      ? readdirSync(path)
          .filter((f) => f.endsWith(".json"))
          .map((f) => `${dir}/${f}`)
      : [];
  });
  return [...top, ...nested].sort();
}

/**
 * Serves data/*.json at <base>data/ in dev and copies them to dist/data/ in the build,
 * under stable names, so a reader can cite and download them. In dev it also makes each translated dataset in each
 * language (data/<lang>/<file>.json), which the pages read and the build writes (scripts/prerenderPlugin.ts).
 */
export function dataFiles(dataDir = resolve("data")): Plugin {
  let base = "/";
  return {
    name: "silk-road-ledger:data-files",
    configResolved(config) {
      base = config.base;
    },
    configureServer(server) {
      const languageFile = async (name: string) => {
        const { languageFiles: make } = (await server.ssrLoadModule("/src/data/languageFiles.ts")) as {
          languageFiles: typeof languageFiles;
        };
        return make((file) => (existsSync(join(dataDir, file)) ? readFileSync(join(dataDir, file), "utf8") : undefined)).get(name);
      };
      server.middlewares.use(async (req, res, next) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const prefix = `${base}data/`;
        if (!url.pathname.startsWith(prefix)) return next();
        const name = decodeURIComponent(url.pathname.slice(prefix.length));
        // Each translated dataset in each language (<lang>/<file>.json), as the build writes it (scripts/prerenderPlugin.ts).
        const inLanguage = /^[a-z]{2}\//.test(name) ? await languageFile(name) : undefined;
        if (inLanguage !== undefined) {
          res.setHeader("Content-Type", "application/json; charset=utf-8");
          res.setHeader("Cache-Control", "no-cache");
          res.end(inLanguage);
          return;
        }
        // Only the listed files: no path traversal, no directory listing.
        if (!listDataFiles(dataDir).includes(name)) return next();
        const file = join(dataDir, name);
        if (!statSync(file).isFile()) return next();
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.setHeader("Cache-Control", "no-cache");
        res.end(readFileSync(file));
      });
    },
    buildStart() {
      for (const name of listDataFiles(dataDir)) this.addWatchFile(join(dataDir, name));
    },
    generateBundle() {
      for (const name of listDataFiles(dataDir)) {
        this.emitFile({ type: "asset", fileName: `data/${name}`, source: readFileSync(join(dataDir, name)) });
      }
    },
  };
}
