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

  /** The hook at a one-second interval, changed by `say` (an interval of 0 is a key press's) and read by `said`. */
  const setup = () => {
    const hook = renderHook(({ text, every }) => useThrottledText(text, every), { initialProps: { text: "", every: 1000 } });
    return {
      say: (text: string, every = 1000) => hook.rerender({ text, every }),
      said: () => hook.result.current,
      wait: (ms: number) => act(() => vi.advanceTimersByTime(ms)),
    };
  };

  it("says the first change at once, then at most one a second, and always the latest", () => {
    const { say, said, wait } = setup();
    say("1992");
    expect(said()).toBe("1992");
    say("1993");
    say("1994");
    expect(said()).toBe("1992");
    wait(999);
    expect(said()).toBe("1992");
    wait(1);
    expect(said()).toBe("1994");
  });

  it.each([
    ["still says the last year when the text empties before its turn (Play finished)", ["2022", "2023"], "", "2022", 1000, "2023"],
    ["passes a change with no interval through, cutting a pending one short", ["2010", "2011"], "2015", "2015", 2000, "2015"],
  ])("%s", (_, burst, last, saidAtOnce, later, saidLater) => {
    const { say, said, wait } = setup();
    for (const text of burst) say(text);
    say(last, 0);
    expect(said()).toBe(saidAtOnce);
    wait(later);
    expect(said()).toBe(saidLater);
  });
});
