import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { PAGES, pagePath } from "../../scripts/pages";
import { openPage } from "./browser";

/** Records every content-security-policy violation the page reports, from its first script on. */
const RECORD_VIOLATIONS = () => {
  const seen: string[] = [];
  (window as unknown as { __violations: string[] }).__violations = seen;
  document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
};
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

describe.skipIf(!inject("browser"))("the content security policy, in Chromium", () => {
  it.each(PAGES.map((spec) => [spec.name, spec] as const))("%s carries the policy and breaks none of it", async (_, spec) => {
    const { page, problems } = await openPage(pagePath(spec), { initScript: RECORD_VIOLATIONS });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(policy).toMatch(/default-src 'self';.*script-src 'self'[^;]*;/);
    expect(policy).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    expect(await violations(page)).toEqual([]);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("runs the head's theme script, allowed by its hash, before the app's own code", async () => {
    // Without the app's scripts, only the inline one in the head can set the theme.
    const { page, problems } = await openPage("embed/trade/?theme=contrast", {
      initScript: RECORD_VIOLATIONS,
      before: (p) => p.route("**/assets/*.js", (route) => route.abort()),
      hydrated: false,
    });
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("contrast");
    expect(await violations(page)).toEqual([]);
    expect(problems.consoleErrors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it("stops a script slipped into the page and a request to another site, and says so", async () => {
    const { page } = await openPage("embed/trade/", { initScript: RECORD_VIOLATIONS, waitFor: ".trade-chart__overlay" });
    const outcome = await page.evaluate(async () => {
      const script = document.createElement("script");
      script.textContent = "window.__ran = true;";
      document.body.append(script);
      const fetched = await fetch("https://example.org/").then(
        () => "fetched",
        () => "refused",
      );
      return { ran: (window as unknown as { __ran?: boolean }).__ran === true, fetched };
    });
    expect(outcome).toEqual({ ran: false, fetched: "refused" });
    await expect.poll(() => violations(page)).toEqual(["script-src-elem inline", "connect-src https://example.org/"]);
  });
});
