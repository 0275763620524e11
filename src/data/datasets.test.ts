import { describe, expect, it } from "vitest";
import { DATASET_NAMES as CHECKED, DATASET_SCHEMAS } from "./check/datasets";
import { DATASET_NAMES, DATASETS, isTranslated } from "./datasets";
import { DATASET_QUERIES } from "./queries";
import { SERVED_FILES, servedPath } from "./servedFiles";

describe("the dataset registry", () => {
  it("gives every dataset a query keyed by its name, and by the language where it has texts to translate", () => {
    expect(Object.keys(DATASET_QUERIES)).toEqual(DATASET_NAMES);
    for (const name of ["trade", "investment", "timeline", "places"] as const) {
      expect(DATASET_QUERIES[name]("ru").queryKey).toEqual(["dataset", name, "ru"]);
      expect(servedPath(name, "ru")).toBe(`ru/${name}`);
      // A language the data does not have reads English.
      expect(DATASET_QUERIES[name]("fr").queryKey).toEqual(["dataset", name, "en"]);
    }
    // The sources are cited as published: one file for every language.
    expect(DATASET_QUERIES.sources().queryKey).toEqual(["dataset", "sources"]);
    expect(servedPath("sources", "ru")).toBe("sources");
  });

  it("gives the checker every dataset, sources first, with the schema the site validates with", () => {
    expect(CHECKED[0]).toBe("sources");
    expect([...CHECKED].sort()).toEqual([...DATASET_NAMES].sort());
    for (const name of CHECKED) expect(DATASET_SCHEMAS[name]).toBe(DATASETS[name].schema);
  });

  it("serves a dataset once per language exactly where its schema has texts to translate", () => {
    for (const name of DATASET_NAMES) {
      expect(SERVED_FILES[name].translated, name).toBe(isTranslated(DATASETS[name]));
      expect(SERVED_FILES[name].file).toBe(DATASETS[name].file);
    }
  });
});
