import { createHash } from "node:crypto";

/**
 * The site's content security policy: everything from its own origin and nothing from any other, so the
 * promise of no request to another site is kept by the browser itself, and a script slipped into a page
 * cannot run. Scripts: the site's files, and an inline script only by the hash of its text. Styles may be
 * inline (React sets style attributes; SVG exports carry their own). Images may also be `data:` and
 * `blob:` URLs, which the PNG export draws from. A meta tag cannot carry `frame-ancestors`, `report-uri`
 * or `sandbox`: a host that can set headers adds those (README, Deploying).
 */
export function contentSecurityPolicy(inlineScriptHashes: readonly string[] = []): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["frame-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** The CSP source for an inline script: the base64 SHA-256 of its exact text. */
export const scriptHash = (text: string) => `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;

/** The text of every inline script in a page (a `<script>` without `src`), in order. */
export function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes]) => !/\bsrc\s*=/i.test(attributes ?? ""))
    .map(([, , text]) => text ?? "");
}

/**
 * The page with its policy as the first element of its head, before anything it governs, allowing exactly
 * the inline scripts the page holds.
 */
export function withContentSecurityPolicy(html: string): string {
  const policy = contentSecurityPolicy(inlineScripts(html).map(scriptHash));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const withMeta = html.replace(/<head>/i, (head) => `${head}\n    ${meta}`);
  if (withMeta === html) throw new Error("A page without a <head>: nowhere to put its content security policy.");
  return withMeta;
}
