import { afterEach, describe, expect, it, vi } from "vitest";
import { PAGE_CODE, preloadPage } from "./pageCode";
import { VIEW_IDS, VIEWS } from "./viewRegistry";

/** Spies on every view's and page's preload, so nothing is downloaded; returns the views asked for. */
function watchPreloads() {
  for (const code of Object.values(PAGE_CODE)) vi.spyOn(code, "preload").mockResolvedValue(undefined);
  const spies = VIEW_IDS.map((id) => [id, vi.spyOn(VIEWS[id].Component, "preload").mockResolvedValue(undefined)] as const);
  return () => spies.filter(([, spy]) => spy.mock.calls.length > 0).map(([id]) => id);
}

/** A prerendered page holding the views `ids`, as far as preloadPage asks it (`[data-view="…"]`). */
const markup = (...ids: string[]) =>
  ({ querySelector: (selector: string) => (ids.some((id) => selector === `[data-view="${id}"]`) ? {} : null) }) as unknown as ParentNode;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("preloadPage", () => {
  it("loads the presentation's code with the one view its step shows, not all four", async () => {
    const asked = watchPreloads();
    await preloadPage("present", null, markup("timeline"));
    expect(asked()).toEqual(["timeline"]);
    expect(PAGE_CODE.present.preload).toHaveBeenCalled();
  });

  it("loads every view the handout draws, an embed's own view, and the dashboard's first", async () => {
    let asked = watchPreloads();
    await preloadPage("handout", null, markup(...VIEW_IDS));
    expect(asked()).toEqual([...VIEW_IDS]);
    vi.restoreAllMocks();
    asked = watchPreloads();
    await preloadPage("embed", "map", markup());
    expect(asked()).toEqual(["map"]);
    vi.restoreAllMocks();
    asked = watchPreloads();
    await preloadPage("dashboard", null, markup(...VIEW_IDS));
    expect(asked()).toEqual([VIEW_IDS[0]]);
  });
});
