import { describe, expect, it } from "vitest";
import { firstSentence } from "./firstSentence";

describe("firstSentence", () => {
  it("keeps the first sentence of a longer text", () => {
    expect(firstSentence("A dry port at Altynkol. Built from June 2014. It handled 80,000 TEU in 2016.", "en")).toBe(
      "A dry port at Altynkol.",
    );
  });

  it("does not stop at a figure's decimal point or an abbreviation inside the sentence", () => {
    expect(firstSentence("A 21.6 ha terminal with 3.8 km of railway. Launched in 2014.", "en")).toBe(
      "A 21.6 ha terminal with 3.8 km of railway.",
    );
  });

  it("follows the language's own punctuation", () => {
    expect(firstSentence("霍尔果斯是一个陆港。它于2015年开通。", "zh")).toBe("霍尔果斯是一个陆港。");
  });

  it("returns a one-sentence text whole, and an empty one empty", () => {
    expect(firstSentence("One sentence only", "en")).toBe("One sentence only");
    expect(firstSentence("", "en")).toBe("");
  });
});
