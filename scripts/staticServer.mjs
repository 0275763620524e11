#!/usr/bin/env node
// A plain static file server, like the hosts the site is deployed to (GitHub Pages, a CDN):
// files and directory index.html only, a redirect to add a directory's trailing slash, and 404.html
// for anything missing. No rewrites, so a route works only if it is a real file in dist/. Text is sent
// gzipped to a browser that accepts it, as those hosts do.
//   node scripts/staticServer.mjs [dir=dist] [port=4173] [base=/]
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createGzip } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

/** What the hosts compress: text. */
const COMPRESSED = new Set([".html", ".js", ".css", ".json", ".svg", ".webmanifest", ".txt"]);

/** Starts the server; resolves to { url, close } once it listens (port 0 picks a free port). */
export function serveStatic({ dir = "dist", port = 0, base = "/", host = "127.0.0.1" } = {}) {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      pathname = "/\0";
    }
    const send = (status, file) => {
      const gzip = COMPRESSED.has(extname(file)) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      res.writeHead(status, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Cache-Control": "no-cache",
        ...(gzip && { "Content-Encoding": "gzip", Vary: "Accept-Encoding" }),
      });
      if (req.method === "HEAD") res.end();
      else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
      else createReadStream(file).pipe(res);
    };
    const notFound = () => {
      const page = join(root, "404.html");
      if (existsSync(page)) send(404, page);
      else res.writeHead(404, { "Content-Type": "text/plain" }).end("Not found");
    };
    if (!pathname.startsWith(base) || pathname.includes("\0")) return notFound();
    const file = normalize(join(root, pathname.slice(base.length)));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    if (!existsSync(file)) return notFound();
    if (statSync(file).isDirectory()) {
      if (!url.pathname.endsWith("/")) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      const index = join(file, "index.html");
      return existsSync(index) ? send(200, index) : notFound();
    }
    send(200, file);
  });
  return new Promise((resolveListen, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === "object" && address ? address.port : port;
      resolveListen({
        url: `http://${host}:${actualPort}${base}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir = "dist", port = "4173", base = "/"] = process.argv.slice(2);
  const { url } = await serveStatic({ dir, port: Number(port), base });
  console.log(`Serving ${dir} at ${url} (Ctrl+C to stop)`);
}
