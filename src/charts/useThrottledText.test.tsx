import { act, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useThrottledText } from "./useThrottledText";

describe("useThrottledText", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const setup = (interval: number) =>
    renderHook(({ text, every }) => useThrottledText(text, every), { initialProps: { text: "", every: interval } });

  it("says the first change at once, then at most one a second, and always the latest", () => {
    const { result, rerender } = setup(1000);
    rerender({ text: "1992", every: 1000 });
    expect(result.current).toBe("1992");
    rerender({ text: "1993", every: 1000 });
    rerender({ text: "1994", every: 1000 });
    expect(result.current).toBe("1992");
    act(() => vi.advanceTimersByTime(999));
    expect(result.current).toBe("1992");
    act(() => vi.advanceTimersByTime(1));
    expect(result.current).toBe("1994");
  });

  it("still says the last year when the text empties before its turn (Play finished)", () => {
    const { result, rerender } = setup(1000);
    rerender({ text: "2022", every: 1000 });
    rerender({ text: "2023", every: 1000 });
    rerender({ text: "", every: 0 });
    expect(result.current).toBe("2022");
    act(() => vi.advanceTimersByTime(1000));
    expect(result.current).toBe("2023");
  });

  it("passes every change through with no interval, and a key press cuts a pending one short", () => {
    const { result, rerender } = setup(1000);
    rerender({ text: "2010", every: 1000 });
    rerender({ text: "2011", every: 1000 });
    rerender({ text: "2015", every: 0 });
    expect(result.current).toBe("2015");
    act(() => vi.advanceTimersByTime(2000));
    expect(result.current).toBe("2015");
  });
});
