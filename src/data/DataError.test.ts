import { describe, expect, it } from "vitest";
import { DataError, fromIssues, jsonPath } from "./DataError";

describe("jsonPath", () => {
  it("writes indexes and names as a JSON path", () => {
    expect(jsonPath(["series", 0, "points", 3, "value"])).toBe("series[0].points[3].value");
    expect(jsonPath(["$schema"])).toBe("$schema");
    expect(jsonPath(["names", "zh-Hans"])).toBe('names["zh-Hans"]');
    expect(jsonPath([])).toBe("");
  });
});

describe("fromIssues", () => {
  it("names the file, the path of the first problem and what was expected, and keeps the rest", () => {
    const error = fromIssues("schema", [
      { file: "data/trade.json", path: "series[1].value", expected: "a number", got: '"big"' },
      { file: "data/trade.json", path: "series[2].year", expected: "a whole number", got: "1992.5" },
    ]);
    expect(error).toBeInstanceOf(DataError);
    expect([error.kind, error.file, error.path]).toEqual(["schema", "data/trade.json", "series[1].value"]);
    expect(error.expected).toBe('expected a number, got "big"');
    expect(error.more).toEqual(["series[2].year: expected a whole number, got 1992.5"]);
    expect(error.message).toBe('data/trade.json: series[1].value: expected a number, got "big"');
  });

  it("leaves the path empty for a problem with the whole file", () => {
    const error = fromIssues("schema", [{ file: "data/places.json", path: "(root)", expected: "an object", got: "a list of 2" }]);
    expect(error.path).toBe("");
  });
});
