import { describe, expect, it } from "vitest";
import { localizedName } from "./localizedName";

const names = { en: "China", zh: "中国", ru: "Китай", kk: "Қытай" };

describe("localizedName", () => {
  it("picks the reader's language, English otherwise", () => {
    expect(["en", "zh", "ru", "kk"].map((lang) => localizedName(names, lang))).toEqual(["China", "中国", "Китай", "Қытай"]);
    expect(localizedName(names, "fr")).toBe("China");
  });
});
