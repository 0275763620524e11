import { describe, expect, it } from "vitest";
import { COUNT_UP_MS, countUpValue } from "./countUp";

describe("countUpValue", () => {
  it("starts at zero and ends exactly at the target", () => {
    expect(countUpValue(0, 25_300)).toBe(0);
    expect(countUpValue(COUNT_UP_MS, 25_300)).toBe(25_300);
    expect(countUpValue(COUNT_UP_MS * 3, 25_300)).toBe(25_300);
    expect(countUpValue(-50, 25_300)).toBe(0);
  });

  it("eases out: fast at first, slow near the end, never past the target", () => {
    const half = countUpValue(COUNT_UP_MS / 2, 25_300);
    expect(half).toBeGreaterThan(25_300 / 2);
    expect(Math.round(half)).toBe(22_138); // 25,300 × (1 − 0.5³)
    let last = 0;
    for (let t = 0; t <= COUNT_UP_MS; t += 16) {
      const v = countUpValue(t, 25_300);
      expect(v).toBeGreaterThanOrEqual(last);
      expect(v).toBeLessThanOrEqual(25_300);
      last = v;
    }
  });
});
