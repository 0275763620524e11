import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { formatIssue } from "../check/issue";
import { validateSchema } from "../check/validateSchema";
import { datasetFile } from "./datasetFile";

const F = "data/x.json";
const schema = datasetFile({ items: z.array(z.string()) });
const lines = (value: unknown) => validateSchema(F, schema, value).map(formatIssue);

describe("datasetFile", () => {
  it("accepts a file with or without the $schema it names", () => {
    expect(lines({ $schema: "./schema/x.schema.json", items: ["a"] })).toEqual([]);
    expect(lines({ items: [] })).toEqual([]);
  });

  it("wants $schema as text and the dataset's own keys", () => {
    expect(lines({ $schema: 1 })).toEqual([
      "data/x.json: $schema: expected text, got 1",
      "data/x.json: items: expected a list, got nothing",
    ]);
  });

  it("refuses keys the dataset does not list", () => {
    expect(lines({ items: [], notes: "" })).toEqual([
      'data/x.json: (root): expected only the fields the schema lists, got unknown field "notes"',
    ]);
  });

  it("puts $schema first in the generated JSON Schema", () => {
    const json = z.toJSONSchema(schema, { target: "draft-7", io: "input" });
    expect(Object.keys(json.properties ?? {})).toEqual(["$schema", "items"]);
    expect(json.required).toEqual(["items"]);
    expect(json.additionalProperties).toBe(false);
  });
});
