import { describe, expect, it } from "vitest";
import { matchLanguage, openingLanguage } from "./preferredLanguage";

const SUPPORTED = ["en", "zh", "ru", "kk"];

describe("the language a page opens in without lang=", () => {
  it("takes the first browser language the site speaks, by its primary subtag", () => {
    expect(matchLanguage(["de-DE", "kk-KZ", "ru"], SUPPORTED)).toBe("kk");
    expect(matchLanguage(["zh-Hans-CN"], SUPPORTED)).toBe("zh");
    expect(matchLanguage(["RU_ru"], SUPPORTED)).toBe("ru");
  });

  it("takes none when the browser asks for no language the site speaks", () => {
    expect(matchLanguage(["de", "fr-FR"], SUPPORTED)).toBeNull();
    expect(matchLanguage([], SUPPORTED)).toBeNull();
  });

  it("prefers the reader's earlier choice over the browser's languages", () => {
    expect(openingLanguage("en", ["ru-RU"], SUPPORTED)).toBe("en");
    expect(openingLanguage("kk", ["zh-CN"], SUPPORTED)).toBe("kk");
  });

  it("ignores a stored value the site does not speak", () => {
    expect(openingLanguage("xx", ["ru-RU"], SUPPORTED)).toBe("ru");
    expect(openingLanguage("<script>", [], SUPPORTED)).toBeNull();
  });
});
