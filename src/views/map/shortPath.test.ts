import { geoPath } from "d3-geo";
import { describe, expect, it } from "vitest";
import { pathLines } from "../../../tests/pathPoints";
import { ShortPath } from "./shortPath";

const draw = (object: Parameters<ReturnType<typeof geoPath>>[0], digits = 1) => {
  const path = new ShortPath(digits);
  geoPath(null, path)(object);
  return path.take();
};

describe("ShortPath", () => {
  it("writes a line's first point in full and the rest as steps, as briefly as SVG reads them", () => {
    const d = draw({
      type: "LineString",
      coordinates: [
        [278.14, 236.91],
        [279.2, 236.3],
        [281.4, 237.6],
        [281.4, 230],
      ],
    });
    expect(d).toBe("M278.1 236.9l1.1-.6 2.2 1.3 0-7.6");
  });

  it("closes a ring and starts the next from where it is written", () => {
    const d = draw({
      type: "MultiPolygon",
      coordinates: [
        [
          [
            [0, 0],
            [10, 0],
            [10, 10],
            [0, 0],
          ],
        ],
        [
          [
            [20, 20],
            [30, 20],
            [30, 30],
            [20, 20],
          ],
        ],
      ],
    });
    expect(d).toBe("M0 0l10 0 0 10z" + "M20 20l10 0 0 10z");
  });

  it("leaves out a point that rounds onto the one before", () => {
    expect(
      draw({
        type: "LineString",
        coordinates: [
          [1, 1],
          [1.01, 1.02],
          [2, 2],
        ],
      }),
    ).toBe("M1 1l1 1");
  });

  it("rounds each point, not each step, so the steps never drift from where d3 puts the points", () => {
    const coordinates: [number, number][] = Array.from({ length: 500 }, (_, i) => [i * 0.37 + 0.049, 100 - i * 0.23 + (i % 7) * 0.0449]);
    const object = { type: "LineString" as const, coordinates };
    const d3Path = geoPath(null).digits(1)(object)!;
    expect(pathLines(draw(object))).toEqual(pathLines(d3Path));
  });

  it("writes other precisions too, and a point as a whole circle", () => {
    expect(
      draw(
        {
          type: "LineString",
          coordinates: [
            [1.234, -0.5],
            [1.3, -0.55],
          ],
        },
        2,
      ),
    ).toBe("M1.23-.5l.07-.05");
    expect(draw({ type: "Point", coordinates: [10, 10] }, 1)).toBe("M14.5 10a4.5 4.5 0 1 1-9 0a4.5 4.5 0 1 1 9 0");
  });

  it("starts afresh once taken, and gives nothing where nothing was drawn", () => {
    const path = new ShortPath(1);
    geoPath(
      null,
      path,
    )({
      type: "LineString",
      coordinates: [
        [0, 0],
        [1, 1],
      ],
    });
    expect(path.take()).toBe("M0 0l1 1");
    expect(path.take()).toBe("");
    geoPath(
      null,
      path,
    )({
      type: "LineString",
      coordinates: [
        [5, 5],
        [6, 6],
      ],
    });
    expect(path.take()).toBe("M5 5l1 1");
  });
});
