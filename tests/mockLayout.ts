import { vi } from "vitest";

/**
 * jsdom does no layout: gives every element a `width` × `height` box at the origin, so the charts that
 * measure their container draw. `restoreMocks` undoes it after each test. Returns the spy.
 */
export function mockLayout({ width, height }: { width: number; height: number }) {
  return vi.spyOn(Element.prototype, "getBoundingClientRect").mockReturnValue({
    x: 0,
    y: 0,
    left: 0,
    top: 0,
    width,
    height,
    right: width,
    bottom: height,
    toJSON: () => ({}),
  } as DOMRect);
}
