import type { PlaceCategory } from "../../data/schemas/places";
import type { PlaceGroup } from "./compute";

/** The categories each legend group draws as its sample (in the filter chips and a slide's key), each as a route or a site. */
export const GROUP_SAMPLE: Record<PlaceGroup, { category: PlaceCategory; shape: "point" | "line" }[]> = {
  crossings: [
    { category: "border-crossing", shape: "point" },
    { category: "logistics", shape: "point" },
  ],
  corridors: [
    { category: "rail", shape: "line" },
    { category: "road", shape: "line" },
  ],
  oil: [{ category: "oil-pipeline", shape: "line" }],
  gas: [{ category: "gas-pipeline", shape: "line" }],
  wind: [{ category: "wind", shape: "point" }],
  hydro: [{ category: "hydro", shape: "point" }],
  solar: [{ category: "solar", shape: "point" }],
  refining: [{ category: "refinery", shape: "point" }],
  towns: [{ category: "city", shape: "point" }],
};
