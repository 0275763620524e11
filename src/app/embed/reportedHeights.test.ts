import { describe, expect, it } from "vitest";
import { isReportedHeight, noteReportedHeight } from "./reportedHeights";

describe("reported heights", () => {
  it("knows a frame sized from the view's own messages, within a rounding", () => {
    expect(isReportedHeight(612)).toBe(false);
    noteReportedHeight(612);
    expect(isReportedHeight(612)).toBe(true);
    expect(isReportedHeight(613)).toBe(true);
    expect(isReportedHeight(620)).toBe(false);
  });
});
