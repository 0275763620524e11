import { describe, expect, it } from "vitest";
import { shippedPlaces } from "../../../tests/fixtures/shipped";
import { fitFrame, isFar, subjectOutline } from "./frame";
import { insetBox, insetProjection } from "./inset";
import { itemOrder, itemTargets, mapItems, type ClusterItem } from "./mapItems";
import { buildMarks } from "./mapLayout";
import { mapSize } from "./projection";
import { IDENTITY } from "./view";

const places = shippedPlaces().features;

/** The shipped places as a map of `containerWidth` draws them at zoom 1. */
function drawn(containerWidth: number) {
  const { width, height } = mapSize(containerWidth);
  const projection = fitFrame(width, height, subjectOutline(places));
  const inset = insetProjection(insetBox(width, height));
  return {
    main: buildMarks(
      places.filter((f) => !isFar(f)),
      projection,
    ),
    inset: buildMarks(places.filter(isFar), inset),
  };
}

describe("mapItems on the shipped places", () => {
  it("on a phone, gathers the Khorgos crossing's neighbours into one cluster named after Khorgos", () => {
    const { main, inset } = drawn(343);
    const items = mapItems(main, inset, IDENTITY, { separation: 24, selectedId: null });
    const clusters = items.filter((i): i is ClusterItem => i.kind === "cluster");
    const khorgos = clusters.find((c) => c.ids.includes("khorgos-gateway"))!;
    expect([khorgos.town, khorgos.ids.length]).toEqual(["khorgos", 16]);
    expect(khorgos.ids).toEqual(expect.arrayContaining(["khorgos-icbc", "alashankou-metering-station", "dostyk-alashankou-crossing"]));
    // Lianyungang's base and town share one spot in the inset.
    expect(clusters.find((c) => c.inset)).toMatchObject({ town: "lianyungang", ids: ["lianyungang", "lianyungang-base"] });
    // Every place is drawn exactly once: alone or in one cluster.
    const shown = items.flatMap((i) => (i.kind === "cluster" ? i.ids : [i.id]));
    expect(shown.sort()).toEqual(places.map((f) => f.id).sort());
    // No two targets closer than the separation: none covers another.
    const targets = items.filter((i) => i.kind === "cluster" || i.mark.radius > 0 || i.short).filter((i) => !i.inset);
    for (const a of targets) for (const b of targets) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(24);
  });

  it("keeps the selected place out of any cluster, so it is always drawn and ringed", () => {
    const { main, inset } = drawn(343);
    const items = mapItems(main, inset, IDENTITY, { separation: 24, selectedId: "khorgos-gateway" });
    expect(items.find((i) => i.id === "khorgos-gateway")?.kind).toBe("place");
    expect(items.some((i) => i.kind === "cluster" && i.ids.includes("khorgos-gateway"))).toBe(false);
  });

  it("with a mouse on a wide map, draws every place alone", () => {
    const { main, inset } = drawn(880);
    const items = mapItems(main, inset, IDENTITY, { separation: 0, selectedId: null });
    expect(items).toHaveLength(49);
    expect(items.every((i) => i.kind === "place")).toBe(true);
  });

  it("orders the keyboard's steps west to east, the inset's places last", () => {
    const { main, inset } = drawn(880);
    const order = itemOrder(mapItems(main, inset, IDENTITY, { separation: 0, selectedId: null })).map((i) => i.id);
    expect(order.slice(0, 2).sort()).toEqual(["atyrau", "atyrau-refinery"]);
    expect(order.slice(-2).sort()).toEqual(["lianyungang", "lianyungang-base"]);
  });

  it("gives every point and cluster a target at least 24 px across, and each route its line", () => {
    const { main, inset } = drawn(343);
    const items = mapItems(main, inset, IDENTITY, { separation: 24, selectedId: null });
    const targets = itemTargets(items, IDENTITY, { minRadius: 12, clusterRadius: 12, markScale: 1 });
    expect(targets.filter((t) => t.kind === "point").every((t) => t.kind === "point" && t.r >= 12)).toBe(true);
    const road = targets.find((t) => t.id === "road-western-europe-western-china")!;
    expect(road.kind === "line" && road.parts[0]!.length).toBeGreaterThan(5);
  });
});
