import { describe, expect, it } from "vitest";
import { DATASET_NAMES as CHECKED, DATASET_SCHEMAS } from "./check/datasets";
import { DATASET_NAMES, DATASETS } from "./datasets";
import { DATASET_QUERIES } from "./queries";

describe("the dataset registry", () => {
  it("gives every dataset a query keyed by its name", () => {
    expect(Object.keys(DATASET_QUERIES)).toEqual(DATASET_NAMES);
    for (const name of DATASET_NAMES) expect(DATASET_QUERIES[name]("en").queryKey).toEqual(["dataset", name]);
  });

  it("gives the checker every dataset, sources first, with the schema the site validates with", () => {
    expect(CHECKED[0]).toBe("sources");
    expect([...CHECKED].sort()).toEqual([...DATASET_NAMES].sort());
    for (const name of CHECKED) expect(DATASET_SCHEMAS[name]).toBe(DATASETS[name].schema);
  });
});
