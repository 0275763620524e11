import { describe, expect, it } from "vitest";
import { source as sourceEntry } from "../../../tests/fixtures/builders";
import type { Source, SourcesFile } from "../schemas/sources";
import { formatIssue, type Issue } from "./issue";
import { checkSources } from "./sources";

const F = "data/sources.json";
const text = (issues: Issue[]) => issues.map(formatIssue);

const source = (id: string): Source => sourceEntry({ id, publisher: "p", title: "t" });
const release = { version: "2026.01.01", updated: "2026-01-01" };
const sources: SourcesFile = { release, sources: [source("a"), source("b"), source("a")] };

describe("checkSources", () => {
  it("flags a repeated id and listed sources nothing cites", () => {
    expect(text(checkSources(F, sources, new Set(["a"])))).toEqual([
      'data/sources.json: sources[2].id: expected an id not already used (it is used at sources[0]), got "a"',
      'data/sources.json: sources[1].id: expected a source cited by at least one dataset (or remove it), got "b"',
    ]);
  });

  it("judges no source unused without the cited ids", () => {
    expect(text(checkSources(F, { release, sources: [source("a"), source("b")] }))).toEqual([]);
  });
});
