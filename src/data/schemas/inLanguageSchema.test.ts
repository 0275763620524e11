import { describe, expect, it } from "vitest";
import { z } from "zod/mini";
import { FIXTURES } from "../../../tests/fixtures/datasets";
import { DATASETS } from "../datasets";
import { inLanguage } from "../inLanguage";
import { localizedText } from "./common";
import { inLanguageSchema } from "./inLanguageSchema";

describe("a dataset's schema in one language", () => {
  it("takes each dataset in each language as the build writes it, and not the whole file", () => {
    for (const name of ["trade", "investment", "timeline", "places"] as const) {
      const schema = inLanguageSchema(DATASETS[name].schema);
      for (const lang of ["en", "zh", "ru", "kk"]) expect(z.safeParse(schema, inLanguage(FIXTURES[name], lang)).success).toBe(true);
      expect(z.safeParse(schema, FIXTURES[name]).success).toBe(false);
    }
  });

  it("is the file's own schema where there is no text to translate", () => {
    expect(inLanguageSchema(DATASETS.sources.schema)).toBe(DATASETS.sources.schema);
  });

  it("keeps each text's checks and the file's refinements", () => {
    const schema = inLanguageSchema(
      z
        .strictObject({ title: localizedText(5), lines: z.optional(z.array(z.tuple([localizedText()]))), n: z.number() })
        .check(z.refine((value) => value.n > 0, "n is positive")),
    );
    expect(z.safeParse(schema, { title: "Short", lines: [["a"]], n: 1 }).success).toBe(true);
    expect(z.safeParse(schema, { title: "Too long", n: 1 }).error?.issues[0]?.path).toEqual(["title"]);
    expect(z.safeParse(schema, { title: "", n: 1 }).success).toBe(false);
    expect(z.safeParse(schema, { title: "Short", lines: [[""]], n: 1 }).success).toBe(false);
    expect(z.safeParse(schema, { title: "Short", n: 0 }).error?.issues[0]?.message).toBe("n is positive");
    expect(z.safeParse(schema, { title: "Short", n: 1, extra: true }).success).toBe(false);
  });

  it("says which kind of schema it cannot look inside, rather than miss a text in it", () => {
    expect(() => inLanguageSchema(z.record(z.string(), localizedText()))).toThrow(/"record"/);
  });
});
