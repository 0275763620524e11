import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { formatIssue } from "../check/issue";
import { validateSchema } from "../check/validateSchema";
import { textSchema } from "./common";
import { sourced, sourcedItem } from "./sourced";

const F = "data/x.json";
const provenance = { sources: ["imf-dots-china"], confidence: "verified" };
const lines = (schema: z.ZodMiniType, value: unknown) => validateSchema(F, schema, value).map(formatIssue);
const propertiesOf = (schema: z.ZodMiniType) => Object.keys(z.toJSONSchema(schema, { target: "draft-7", io: "input" }).properties ?? {});

describe("sourced", () => {
  const label = sourced({ label: textSchema });

  it("accepts the fields with their provenance, method and note optional", () => {
    expect(lines(label, { label: "a", ...provenance })).toEqual([]);
    const inEvery = (text: string) => ({ en: text, zh: text, ru: text, kk: text });
    expect(lines(label, { label: "a", ...provenance, confidence: "derived", method: inEvery("a / b"), note: inEvery("n") })).toEqual([]);
  });

  it("requires at least one source and a known confidence", () => {
    expect(lines(label, { label: "a", sources: [], confidence: "sure" })).toEqual([
      "data/x.json: sources: expected at least one source id, got an empty list",
      'data/x.json: confidence: expected one of "verified", "secondary", "derived", "unverified", got "sure"',
    ]);
  });

  it("refuses keys neither the record nor its provenance lists", () => {
    expect(lines(label, { label: "a", ...provenance, source: "x" })).toEqual([
      'data/x.json: (root): expected only the fields the schema lists, got unknown field "source"',
    ]);
  });

  it("lists the provenance after the record's own fields", () => {
    expect(propertiesOf(label)).toEqual(["label", "sources", "confidence", "method", "note"]);
  });
});

describe("sourcedItem", () => {
  const item = sourcedItem({ label: textSchema });

  it("names the item by a kebab-case id, first", () => {
    expect(lines(item, { id: "khorgos-gateway", label: "a", ...provenance })).toEqual([]);
    expect(lines(item, { id: "Khorgos Gateway", label: "a", ...provenance })).toEqual([
      'data/x.json: id: expected text matching /^[a-z0-9-]+$/, got "Khorgos Gateway"',
    ]);
    expect(propertiesOf(item)).toEqual(["id", "label", "sources", "confidence", "method", "note"]);
  });
});
