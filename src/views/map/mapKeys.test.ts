import { describe, expect, it } from "vitest";
import { mapKeyAction } from "./mapKeys";

const on = (placeId: string | null, selectedId: string | null = null) => ({ placeId, selectedId, modified: false });

describe("mapKeyAction", () => {
  it("zooms with + and −, resets with 0, and leaves Ctrl/⌘ combinations to the browser", () => {
    expect(mapKeyAction("+", on(null))).toEqual({ kind: "zoom", factor: 1.6 });
    expect(mapKeyAction("-", on("khorgos"))).toEqual({ kind: "zoom", factor: 1 / 1.6 });
    expect(mapKeyAction("0", on(null))).toEqual({ kind: "reset" });
    expect(mapKeyAction("+", { placeId: null, selectedId: null, modified: true })).toBeNull();
  });

  it("opens the focused place with Enter or Space, and Escape closes the details first, then leaves the places", () => {
    expect(mapKeyAction("Enter", on("khorgos"))).toEqual({ kind: "select", id: "khorgos" });
    expect(mapKeyAction(" ", on("khorgos"))).toEqual({ kind: "select", id: "khorgos" });
    expect(mapKeyAction("Escape", on("khorgos", "khorgos"))).toEqual({ kind: "deselect" });
    expect(mapKeyAction("Escape", on("khorgos"))).toEqual({ kind: "focus-map" });
    expect(mapKeyAction("Escape", on(null))).toBeNull();
    expect(mapKeyAction("Enter", on(null))).toBeNull();
  });

  it("moves between places on a place, and pans on the map itself", () => {
    expect(mapKeyAction("ArrowUp", on("khorgos"))).toEqual({ kind: "move", from: "khorgos", key: "ArrowUp" });
    expect(mapKeyAction("End", on("khorgos"))).toEqual({ kind: "move", from: "khorgos", key: "End" });
    expect(mapKeyAction("ArrowLeft", on(null))).toEqual({ kind: "pan", dx: -1, dy: 0 });
    expect(mapKeyAction("Home", on(null))).toBeNull();
    expect(mapKeyAction("a", on("khorgos"))).toBeNull();
  });
});
