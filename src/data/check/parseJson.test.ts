import { describe, expect, it } from "vitest";
import { formatIssue } from "./issue";
import { lineAndColumn, parseJson } from "./parseJson";

describe("parseJson", () => {
  it("returns the value of valid JSON", () => {
    expect(parseJson("data/a.json", '{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });
  it("reports the line and column of a syntax error", () => {
    const result = parseJson("data/a.json", '{\n  "a": 1,\n  "b" 2\n}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatIssue(result.issue)).toMatch(/^data\/a\.json: line 3, column 7: expected valid JSON \(.+\), got "2"$/);
  });
  it("reports a truncated file at its end", () => {
    const result = parseJson("data/a.json", '{"a": [1, 2');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issue.got).toBe("the end of the file");
  });
  it("counts lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
  });
});
