import { describe, expect, it } from "vitest";
import { nextInDirection, nextPlace, type NavPoint } from "./navigation";

// West to east, as the map orders them.
const points: NavPoint[] = [
  { id: "atyrau", x: 10, y: 50 },
  { id: "aktobe", x: 30, y: 20 },
  { id: "shymkent", x: 60, y: 90 },
  { id: "astana", x: 70, y: 10 },
  { id: "khorgos-town", x: 90, y: 80 },
  { id: "khorgos-icbc", x: 90, y: 80 },
  { id: "lianyungang", x: 200, y: 120 },
];

describe("keyboard travel between places", () => {
  it("steps west to east with → and back with ←, stopping at the ends", () => {
    expect(nextPlace(points, "atyrau", "ArrowRight")).toBe("aktobe");
    expect(nextPlace(points, "aktobe", "ArrowLeft")).toBe("atyrau");
    expect(nextPlace(points, "atyrau", "ArrowLeft")).toBe("atyrau");
    expect(nextPlace(points, "lianyungang", "ArrowRight")).toBe("lianyungang");
  });

  it("reaches every place with →, stacked ones included", () => {
    const seen = [points[0]!.id];
    for (let i = 1; i < points.length; i++) seen.push(nextPlace(points, seen[i - 1]!, "ArrowRight")!);
    expect(seen).toEqual(points.map((p) => p.id));
  });

  it("jumps to the nearest place north or south with ↑ and ↓, staying put when there is none", () => {
    expect(nextPlace(points, "shymkent", "ArrowUp")).toBe("astana");
    expect(nextPlace(points, "aktobe", "ArrowDown")).toBe("atyrau");
    expect(nextPlace(points, "astana", "ArrowUp")).toBe("astana");
  });

  it("goes to the first and last place with Home and End", () => {
    expect(nextPlace(points, "shymkent", "Home")).toBe("atyrau");
    expect(nextPlace(points, "shymkent", "End")).toBe("lianyungang");
    expect(nextPlace(points, "shymkent", "Tab")).toBeNull();
  });

  it("steps through places at the same spot in list order", () => {
    expect(nextInDirection(points, "khorgos-town", "down")).toBe("khorgos-icbc");
    expect(nextInDirection(points, "khorgos-icbc", "up")).toBe("khorgos-town");
  });
});
