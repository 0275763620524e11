import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { normalizePath, type Connect, type Plugin } from "vite";
import { oembedFile, oembedJson } from "./oembed.ts";
import { pageHtml } from "./pageHtml.ts";
import { PAGES, pagePath, type PageSpec } from "./pages.ts";

/**
 * The site's HTML pages, generated from the page registry instead of hand-written files.
 * Build: each page is an entry at <root>/<page.html>, a file that exists only here (resolveId + load), so
 * Vite's HTML pipeline bundles it and writes it to the same path in dist/.
 * Dev: a middleware answers each page's path with the same HTML, through Vite's HTML transforms; like a static
 * host, it adds a missing trailing slash and answers other page requests with 404.html (so does `vite preview`).
 * With the site's public address (`site`, the SITE_URL setting), each embed page gets an oembed.json beside it.
 */
export function htmlPages(pages: readonly PageSpec[] = PAGES, root = process.cwd(), site: string | null = null): Plugin {
  const byId = new Map(pages.map((page) => [normalizePath(resolve(root, page.html)), page]));
  let base = "/";
  let outDir = resolve(root, "dist");
  return {
    name: "silk-road-ledger:html-pages",
    enforce: "pre",
    config() {
      return {
        // No single-page fallback in dev: every page is a real path, anything else is a 404.
        appType: "mpa",
        build: { rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page.name, resolve(root, page.html)])) } },
      };
    },
    configResolved(config) {
      base = config.base;
      outDir = resolve(config.root, config.build.outDir);
    },
    resolveId(id) {
      const normalized = normalizePath(id);
      return byId.has(normalized) ? normalized : null;
    },
    load(id) {
      const page = byId.get(id);
      return page ? pageHtml(page, site) : null;
    },
    generateBundle() {
      if (!site) return;
      for (const page of pages) {
        if (page.embed)
          this.emitFile({ type: "asset", fileName: oembedFile(page), source: oembedJson({ ...page, embed: page.embed }, site) });
      }
    },
    // Both middlewares come after Vite's own (modules, public and built files), which have taken the base path off the URL.
    configureServer(server) {
      const html = (page: PageSpec, req: Connect.IncomingMessage) =>
        server.transformIndexHtml(`/${page.html}`, pageHtml(page, site), req.originalUrl);
      return () => server.middlewares.use(pagesMiddleware(pages, () => base, html));
    },
    configurePreviewServer(server) {
      const html = (page: PageSpec) => readFile(resolve(outDir, page.html), "utf-8");
      return () => server.middlewares.use(pagesMiddleware(pages, () => base, html));
    },
  };
}

/** What a request asks for: a page (with its status), a redirect to add a trailing slash, or nothing of ours. */
type Route = { page: PageSpec; status: 200 | 404 } | { redirect: string } | null;

/** Routes a request as a plain static host does with the built files; `req.url` no longer holds the base path. */
function routeRequest(pages: readonly PageSpec[], base: string, req: Connect.IncomingMessage): Route {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = new URL(req.url ?? "/", "http://localhost");
  let path: string;
  try {
    path = decodeURIComponent(url.pathname).slice(1);
  } catch {
    return null;
  }
  const page = pages.find((p) => pagePath(p) === path || p.html === path);
  if (page) return { page, status: 200 };
  if (pages.some((p) => pagePath(p) === `${path}/`)) return { redirect: `${base}${path}/${url.search}` };
  const notFound = pages.find((p) => p.kind === "notfound");
  // Only a page request gets 404.html; a missing script or image gets the server's plain 404.
  return notFound && req.headers.accept?.includes("text/html") ? { page: notFound, status: 404 } : null;
}

/** A middleware that answers routed requests with `html(page)` and leaves the rest to the next one. */
function pagesMiddleware(
  pages: readonly PageSpec[],
  base: () => string,
  html: (page: PageSpec, req: Connect.IncomingMessage) => Promise<string>,
): Connect.NextHandleFunction {
  return (req, res, next) => {
    const route = routeRequest(pages, base(), req);
    if (!route) return next();
    if ("redirect" in route) return void res.writeHead(301, { Location: route.redirect }).end();
    html(route.page, req).then((text) => {
      res.writeHead(route.status, { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache" });
      res.end(req.method === "HEAD" ? undefined : text);
    }, next);
  };
}
