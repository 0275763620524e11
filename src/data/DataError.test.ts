import { describe, expect, it } from "vitest";
import { z } from "zod";
import { DataError, fromZodError, jsonPath } from "./DataError";

describe("jsonPath", () => {
  it("writes indexes and names as a JSON path", () => {
    expect(jsonPath(["series", 0, "points", 3, "value"])).toBe("series[0].points[3].value");
    expect(jsonPath(["$schema"])).toBe("$schema");
    expect(jsonPath(["names", "zh-Hans"])).toBe('names["zh-Hans"]');
    expect(jsonPath([])).toBe("");
  });
});

describe("fromZodError", () => {
  it("names the file, the path of the first problem and what was expected", () => {
    const schema = z.object({ series: z.array(z.object({ value: z.number() })) });
    const result = schema.safeParse({ series: [{ value: 1 }, { value: "big" }] });
    expect(result.success).toBe(false);
    if (result.success) return;
    const error = fromZodError("data/trade.json", result.error);
    expect(error).toBeInstanceOf(DataError);
    expect(error.kind).toBe("schema");
    expect(error.file).toBe("data/trade.json");
    expect(error.path).toBe("series[1].value");
    expect(error.expected).toMatch(/expected number/);
    expect(error.message).toMatch(/^data\/trade\.json: series\[1\]\.value: .*expected number/);
  });
});
