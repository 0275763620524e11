import { describe, expect, it } from "vitest";
import { eventForKey } from "./navigation";

const order = ["a", "b", "c"];

describe("eventForKey", () => {
  it("steps with ← and →, and stays at the ends", () => {
    expect(eventForKey(order, "b", "ArrowRight", "horizontal")).toBe("c");
    expect(eventForKey(order, "b", "ArrowLeft", "horizontal")).toBe("a");
    expect(eventForKey(order, "c", "ArrowRight", "horizontal")).toBe("c");
    expect(eventForKey(order, "a", "ArrowLeft", "horizontal")).toBe("a");
  });

  it("jumps with Home and End", () => {
    expect(eventForKey(order, "b", "Home", "horizontal")).toBe("a");
    expect(eventForKey(order, "b", "End", "horizontal")).toBe("c");
  });

  it("starts at the first (forward) or the last (back) from nothing, or from an event no longer shown", () => {
    expect(eventForKey(order, null, "ArrowRight", "horizontal")).toBe("a");
    expect(eventForKey(order, null, "ArrowLeft", "horizontal")).toBe("c");
    expect(eventForKey(order, "gone", "ArrowRight", "horizontal")).toBe("a");
  });

  it("takes ↑ and ↓ only in the vertical layout", () => {
    expect(eventForKey(order, "a", "ArrowDown", "vertical")).toBe("b");
    expect(eventForKey(order, "b", "ArrowUp", "vertical")).toBe("a");
    expect(eventForKey(order, "a", "ArrowDown", "horizontal")).toBeUndefined();
  });

  it("leaves other keys, and an empty timeline, to the browser", () => {
    expect(eventForKey(order, "a", "Tab", "horizontal")).toBeUndefined();
    expect(eventForKey([], null, "ArrowRight", "horizontal")).toBeUndefined();
  });
});
