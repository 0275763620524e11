import { describe, expect, it } from "vitest";
import { pageCounterContent } from "./pageCounter";

describe("pageCounterContent", () => {
  it("turns the placeholders into CSS page counters and the rest into strings", () => {
    expect(pageCounterContent("Page {n} of {total}")).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent("{n} / {total}")).toBe('counter(page) " / " counter(pages)');
    expect(pageCounterContent("共{total}页，第{n}页")).toBe('"共" counter(pages) "页，第" counter(page) "页"');
  });

  it("keeps quotes and backslashes inside the string", () => {
    expect(pageCounterContent('"{n}"\\')).toBe('"\\"" counter(page) "\\"\\\\"');
  });
});
