import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { openPage } from "./browser";

describe.skipIf(!inject("browser"))("a broken dataset stays inside its view", () => {
  /** The dashboard, with its requests routed through `intercept` first. */
  const dashboardWith = (intercept: (page: Page) => Promise<unknown>) => openPage("", { before: intercept });

  const view = (page: Page, id: string) => page.locator(`[data-view="${id}"]`);

  it("a corrupted trade file: the trade view names the file and field; the other views render", async () => {
    const { page, problems } = await dashboardWith((p) =>
      p.route("**/data/en/trade.json", async (route) => {
        const body = await (await route.fetch()).json();
        body.series[0].points[2].value = "a lot";
        await route.fulfill({ json: body });
      }),
    );
    const alert = view(page, "trade").getByRole("alert");
    await alert.waitFor();
    const text = await alert.textContent();
    expect(text).toContain("data/en/trade.json");
    expect(text).toContain("series[0].points[2].value");
    expect(text).toContain('expected a number, got "a lot"');
    for (const id of ["investment", "timeline", "map"]) {
      await view(page, id).locator(".summary").waitFor();
      expect(await view(page, id).getByRole("alert").count()).toBe(0);
    }
    expect(problems.consoleErrors).toEqual([]);
  });

  it("without its checking worker (its script refused), the page checks each file itself: a bad one still fails alone", async () => {
    const refused: string[] = [];
    const { page, problems } = await dashboardWith(async (p) => {
      await p.context().route("**/assets/checkWorker-*.js", async (route) => {
        refused.push(route.request().url());
        await route.fulfill({ status: 404, body: "Not Found" });
      });
      await p.route("**/data/en/investment.json", async (route) => {
        const body = await (await route.fetch()).json();
        body.headline.value = "a lot";
        await route.fulfill({ json: body });
      });
    });
    const alert = view(page, "investment").getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("data/en/investment.json");
    for (const id of ["trade", "timeline", "map"]) {
      await view(page, id).locator(".summary").waitFor();
      expect(await view(page, id).getByRole("alert").count()).toBe(0);
    }
    expect(refused.length).toBeGreaterThan(0);
    expect(problems.consoleErrors).toEqual([]);
  });

  it("truncated JSON and a missing file each fail alone, and Retry recovers", async () => {
    let placesBroken = true;
    const { page } = await dashboardWith(async (p) => {
      await p.route("**/data/en/timeline.json", (route) =>
        route.fulfill({ status: 200, contentType: "application/json", body: '{"levels": [' }),
      );
      await p.route("**/data/en/places.json", (route) =>
        placesBroken ? route.fulfill({ status: 404, body: "Not Found" }) : route.fallback(),
      );
    });
    await expect(view(page, "timeline").getByRole("alert").textContent()).resolves.toMatch(/data\/en\/timeline\.json.*valid JSON/);
    await expect(view(page, "map").getByRole("alert").textContent()).resolves.toMatch(/data\/en\/places\.json.*HTTP 404/);
    await view(page, "trade").locator(".summary").waitFor();
    await view(page, "investment").locator(".summary").waitFor();

    placesBroken = false;
    await view(page, "map").getByRole("button", { name: "Retry" }).click();
    await view(page, "map").locator(".summary").waitFor();
    expect(await view(page, "map").getByRole("alert").count()).toBe(0);
  });
});
