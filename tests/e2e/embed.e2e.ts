import { describe, expect, inject, it } from "vitest";
import { EMBED_HEIGHT, EMBED_WIDTH, embedHeight } from "../../src/lib/embedSize";
import { VIEW_IDS } from "../../src/app/views";
import { openPage } from "./browser";
import { E2E_SITE_URL } from "./globalSetup";

describe.skipIf(!inject("browser"))("embeds", () => {
  it("has a snippet height for every view", () => {
    expect(Object.keys(EMBED_HEIGHT).sort()).toEqual([...VIEW_IDS].sort());
  });

  it.each(VIEW_IDS)("the fixed height of %s's snippet holds the whole view in a column of the snippet's width", async (id) => {
    const { page } = await openPage(`embed/${id}/`, { width: EMBED_WIDTH, height: 400, reducedMotion: "reduce" });
    await page.locator(".summary").first().waitFor();
    const height = await page.evaluate(() => Math.ceil(document.querySelector("main")!.getBoundingClientRect().height));
    expect(height).toBeLessThanOrEqual(embedHeight(id));
    // …and not much more, or the snippet leaves a band of blank page under the view.
    expect(embedHeight(id) - height).toBeLessThan(embedHeight(id) * 0.08);
  });

  it.each(VIEW_IDS)("%s's page offers oEmbed discovery: a link to the rich embed's JSON beside it", async (id) => {
    const { page } = await openPage(`embed/${id}/`);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
    expect(href).toBe(`${E2E_SITE_URL}embed/${id}/oembed.json`);
    // The file is served from this build, at the same path under the base.
    const response = await fetch(new URL(`embed/${id}/oembed.json`, inject("baseUrl")));
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Silk Road Ledger",
      width: EMBED_WIDTH,
      height: embedHeight(id),
    });
    expect(json.html).toContain(`src="${E2E_SITE_URL}embed/${id}/"`);
  });
});
