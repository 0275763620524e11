import { describe, expect, it } from "vitest";
import { wrapText } from "./wrapText";

const chars = (s: string) => s.length;

describe("wrapText", () => {
  it("breaks English at spaces so that no line is wider than asked", () => {
    expect(wrapText("Permanent comprehensive strategic partnership", 24, chars)).toEqual([
      "Permanent comprehensive",
      "strategic partnership",
    ]);
    expect(wrapText("Permanent comprehensive strategic partnership", 100, chars)).toEqual([
      "Permanent comprehensive strategic partnership",
    ]);
  });

  it("keeps a word longer than the line whole, on its own line", () => {
    expect(wrapText("a extraordinarily b", 4, chars)).toEqual(["a", "extraordinarily", "b"]);
  });

  it("wraps Chinese, which has no spaces, between words", () => {
    const lines = wrapText("永久全面战略伙伴关系", 4, chars, "zh");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join("")).toBe("永久全面战略伙伴关系");
    expect(lines.every((l) => l.length <= 4)).toBe(true);
  });

  it("never starts a line with punctuation, and keeps hyphenated names whole", () => {
    const lines = wrapText("Dostyk–Alashankou railway, Khorgos, Lianyungang", 18, chars);
    expect(lines).toEqual(["Dostyk–Alashankou", "railway, Khorgos,", "Lianyungang"]);
    expect(wrapText("中国、哈萨克斯坦、俄罗斯", 5, chars, "zh").some((l) => l.startsWith("、"))).toBe(false);
  });

  it("keeps a currency sign or an opening bracket with the word after it", () => {
    expect(wrapText("Another figure: $15.6B as of June 2018, by sector", 24, chars)).toEqual([
      "Another figure: $15.6B",
      "as of June 2018, by",
      "sector",
    ]);
    expect(wrapText("Another figure: $15.6B", 12, chars)).toEqual(["Another", "figure:", "$15.6B"]);
    expect(wrapText("signed in Astana (2013)", 17, chars)).toEqual(["signed in Astana", "(2013)"]);
  });

  it("wraps Russian and Kazakh at spaces", () => {
    expect(wrapText("Постоянное всеобъемлющее стратегическое партнёрство", 25, chars, "ru")).toEqual([
      "Постоянное всеобъемлющее",
      "стратегическое",
      "партнёрство",
    ]);
    expect(wrapText("Мәңгілік жан-жақты стратегиялық әріптестік", 20, chars, "kk")).toEqual([
      "Мәңгілік жан-жақты",
      "стратегиялық",
      "әріптестік",
    ]);
  });

  it("collapses runs of spaces and gives no lines for empty text", () => {
    expect(wrapText("  a   b  ", 10, chars)).toEqual(["a b"]);
    expect(wrapText("   ", 10, chars)).toEqual([]);
  });
});
