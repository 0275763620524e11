import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { createServer, type Plugin, type ResolvedConfig, type Rolldown } from "vite";
import type { PageToRender } from "../src/app/prerender.tsx";
import type { languageFiles } from "../src/data/languageFiles.ts";
import { escapeHtml } from "../src/lib/escapeHtml.ts";
import { VIEW_IDS } from "../src/app/views.ts";
import { PAGES, type PageSpec } from "./pages.ts";
import { withPrerender } from "./prerenderHtml.ts";

interface ServerEntry {
  renderPage: (page: PageToRender) => Promise<string>;
  fileUrls: (names: PageSpec["datasets"], lang: string) => string[];
}

/**
 * Prerenders every page once the site is written: each HTML file in dist/ gets its page's markup, drawn by React's
 * server renderer from src/app/prerender.tsx (the app's own components and compute code) with the data files the
 * build just wrote, so the facts and charts are there before any script runs. First it writes each translated
 * dataset in each language (src/data/languageFiles.ts), which the pages read. Runs before the service worker's
 * list of files is made (its closeBundle), so the saved pages are the prerendered ones.
 */
export function prerenderPages(root: string, pages: readonly PageSpec[] = PAGES): Plugin {
  let config: ResolvedConfig;
  return {
    name: "silk-road-ledger:prerender",
    apply: "build",
    configResolved(resolved) {
      config = resolved;
    },
    async writeBundle(_options, bundle) {
      const outDir = resolve(config.root, config.build.outDir);
      const base = config.base;
      // A server only to load the app's modules in Node, as the browser would (TSX, import.meta.glob, CSS imports ignored).
      const server = await createServer({
        configFile: false,
        root,
        base,
        mode: config.mode,
        define: config.define,
        plugins: [react()],
        logLevel: "error",
        appType: "custom",
        server: { middlewareMode: true, hmr: false, ws: false, watch: null },
        optimizeDeps: { noDiscovery: true, include: [] },
      });
      const realFetch = globalThis.fetch;
      // The app fetches its files from <base>data/…; here they are read from what the build wrote.
      globalThis.fetch = async (input) => {
        const path = new URL(String(input instanceof Request ? input.url : input), "http://prerender.invalid").pathname;
        if (!path.startsWith(base)) return new Response(null, { status: 404 });
        try {
          return new Response(await readFile(resolve(outDir, decodeURIComponent(path.slice(base.length)))), { status: 200 });
        } catch {
          return new Response(null, { status: 404 });
        }
      };
      try {
        // Each translated dataset in each language (data/<lang>/<file>.json): what the pages read.
        const { languageFiles: make } = (await server.ssrLoadModule("/src/data/languageFiles.ts")) as {
          languageFiles: typeof languageFiles;
        };
        const data = resolve(outDir, "data");
        const files = make((file) => (existsSync(resolve(data, file)) ? readFileSync(resolve(data, file), "utf8") : undefined));
        for (const [name, text] of files) {
          await mkdir(dirname(resolve(data, name)), { recursive: true });
          await writeFile(resolve(data, name), text);
        }
        const { renderPage, fileUrls } = (await server.ssrLoadModule("/src/app/prerender.tsx")) as ServerEntry;
        // One moment for the whole build: every page's "today" is the same.
        const renderedAt = Date.now();
        for (const page of pages) {
          const file = resolve(outDir, page.html);
          let markup: string;
          try {
            markup = await renderPage({ kind: page.kind, embed: page.embed, lang: page.lang, renderedAt });
          } catch (error) {
            throw new Error(`Prerendering ${page.html} failed: ${(error as Error).message}`, { cause: error });
          }
          // The pages' policy runs no inline script but the theme's (cspPlugin.ts): the markup must need none.
          if (/<script/i.test(markup)) throw new Error(`Prerendering ${page.html} wrote an inline script.`);
          const html = await readFile(file, "utf-8");
          const preloads = fileUrls(page.datasets, page.lang).map(escapeHtml);
          const { styles, scripts, later } = pageAssets(bundle, page, root, markup);
          const href = (files: readonly string[]) => files.map((f) => escapeHtml(base + f));
          const assets = { styles: href(styles), scripts: href(scripts), later: href(later) };
          await writeFile(file, withPrerender(html, { markup, datasets: page.datasets, preloads, renderedAt, ...assets }));
        }
      } finally {
        globalThis.fetch = realFetch;
        await server.close();
      }
    },
  };
}

/** Each page kind's module in src/app/pages/, which the router loads on demand. */
const PAGE_MODULES: Record<PageSpec["kind"], string> = {
  dashboard: "DashboardPage",
  embed: "EmbedPage",
  present: "PresentPage",
  speaker: "SpeakerPage",
  handout: "HandoutPage",
  notfound: "NotFoundPage",
};

type Chunk = Rolldown.OutputChunk & { viteMetadata?: { importedCss: Set<string> } };

/**
 * What a prerendered page needs, from the build's chunks: the style sheets of everything it draws (its page
 * module, the views on it, and what they import), linked from its head, so it paints styled before any script
 * runs; and the scripts it runs once painted (prerenderHtml.ts): the app's, its page module's and its first views'
 * (`scripts`), then what those import (`later`). Listed in the page, they are links the entry moves into it at once,
 * and that Vite's loader finds there and need not add (adding a dozen one by one at run time cost 60–110 ms of the
 * main thread on a phone-speed CPU).
 */
export function pageAssets(
  bundle: Rolldown.OutputBundle,
  page: PageSpec,
  root: string,
  markup = "",
): { styles: string[]; scripts: string[]; later: string[] } {
  const chunks = Object.values(bundle).filter((c): c is Chunk => c.type === "chunk");
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const module = (path: string) => chunks.find((c) => c.facadeModuleId === resolve(root, path));
  const pageChunk = module(`src/app/pages/${PAGE_MODULES[page.kind]}.tsx`);
  const viewIds = page.kind === "embed" ? (page.embed ? [page.embed] : []) : page.kind === "notfound" ? [] : VIEW_IDS;
  // A view's component is src/views/<id>/<Name>View.tsx, loaded on demand by the view registry.
  const isView = (c: Chunk, id: string) =>
    c.facadeModuleId?.startsWith(resolve(root, `src/views/${id}`) + "/") && c.facadeModuleId.endsWith("View.tsx");
  const views = viewIds.flatMap((id) => chunks.filter((c) => isView(c, id)));
  const roots = [...(pageChunk ? [pageChunk] : []), ...views];
  // Pages other than an embed draw parts their module loads on demand too (the handout's document).
  const lazy = page.kind === "embed" || !pageChunk ? [] : pageChunk.dynamicImports.map((f) => byFile.get(f)).filter((c) => c !== undefined);
  // Each chunk with every chunk it imports, in the order met.
  const withImports = (from: readonly Chunk[]) => {
    const seen = new Set<Chunk>();
    const visit = (chunk: Chunk) => {
      if (seen.has(chunk)) return;
      seen.add(chunk);
      for (const file of chunk.imports) {
        const next = byFile.get(file);
        if (next) visit(next);
      }
    };
    for (const chunk of from) visit(chunk);
    return [...seen];
  };
  // The app itself (src/app/main.tsx, which the entry imports once the page has painted) and what it imports.
  const appChunk = module("src/app/main.tsx");
  const app = withImports(appChunk ? [appChunk] : []);
  const styles = new Set(withImports([...app, ...roots, ...lazy]).flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]));
  // The dashboard's first view only: the others load as the reader nears them (src/app/hydration.ts). The
  // presentation and the speaker view draw one step's view at a time: the one in their markup (src/app/pageCode.ts).
  const oneStep = page.kind === "present" || page.kind === "speaker";
  const drawn = new Set([...markup.matchAll(/data-view="([\w-]+)"/g)].map((match) => match[1]));
  const early =
    page.kind === "dashboard"
      ? roots.slice(0, 2)
      : oneStep
        ? roots.filter((chunk) => chunk === pageChunk || viewIds.some((id) => drawn.has(id) && isView(chunk, id)))
        : roots;
  // The parts of the page's language's catalog those need (src/i18n/parts.ts), which src/lib/i18n.ts loads on
  // demand: the core, but for English's, which is in the entry's code, and the first views' and the classroom's.
  const firstViews = page.kind === "dashboard" ? viewIds.slice(0, 1) : viewIds;
  const classroom = ["present", "speaker", "handout"].includes(page.kind) ? ["classroom"] : [];
  const catalogs = ["core", ...firstViews, ...classroom].flatMap((part) => module(`src/i18n/${page.lang}/${part}.ts`) ?? []);
  const first = [...app, ...early.filter((chunk) => !app.includes(chunk))];
  const later = [...withImports(early), ...catalogs].filter((chunk) => !first.includes(chunk));
  return { styles: [...styles], scripts: first.map((c) => c.fileName), later: [...new Set(later.map((c) => c.fileName))] };
}
