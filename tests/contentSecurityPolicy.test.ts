import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, inlineScripts, scriptHash, withContentSecurityPolicy } from "../scripts/contentSecurityPolicy";

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <script>document.documentElement.dataset.theme = "dark";</script>
    <script type="module" crossorigin src="/assets/main.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe("the content security policy", () => {
  it("allows the site's own origin only, scripts without eval or inline code", () => {
    const policy = contentSecurityPolicy();
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self';/);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(policy).toContain("object-src 'none'");
    // No other origin, no wildcard, no scheme that would let one in.
    expect(policy).not.toMatch(/https?:|\*|\bws:|wss:/);
    // A meta tag cannot carry these; the browser would warn.
    expect(policy).not.toMatch(/frame-ancestors|report-uri|sandbox/);
  });

  it("finds a page's inline scripts, not those loaded from a file", () => {
    expect(inlineScripts(PAGE)).toEqual(['document.documentElement.dataset.theme = "dark";']);
  });

  it("hashes an inline script as the browser does: base64 SHA-256 of its exact text", () => {
    const text = 'document.documentElement.dataset.theme = "dark";';
    expect(scriptHash(text)).toBe(`sha256-${createHash("sha256").update(text).digest("base64")}`);
    expect(scriptHash(text)).not.toBe(scriptHash(`${text} `));
  });

  it("puts the policy first in the head, allowing exactly the page's inline scripts", () => {
    const html = withContentSecurityPolicy(PAGE);
    const head = html.slice(html.indexOf("<head>"));
    expect(head.indexOf("Content-Security-Policy")).toBeLessThan(head.indexOf("<meta charset"));
    const hash = scriptHash('document.documentElement.dataset.theme = "dark";');
    expect(html).toContain(`script-src 'self' '${hash}';`);
    expect(() => withContentSecurityPolicy("<p>no head</p>")).toThrow(/without a <head>/);
  });
});
