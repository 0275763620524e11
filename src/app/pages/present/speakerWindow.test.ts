import { describe, expect, it } from "vitest";
import { speakerViewUrl } from "./speakerWindow";

describe("speakerViewUrl", () => {
  it("opens the speaker view under the base path on the step shown, keeping the language and theme only", () => {
    expect(speakerViewUrl("/ledger/", "?step=4&theme=contrast&scale=log&year=2013", 4)).toBe(
      "/ledger/present/speaker/?theme=contrast&step=4",
    );
    expect(speakerViewUrl("/", "", 3)).toBe("/present/speaker/?step=3");
    // Step 1 is the speaker view's default.
    expect(speakerViewUrl("/", "?theme=dark", 1)).toBe("/present/speaker/?theme=dark");
  });

  it("opens the speaker view prerendered in the presentation's language", () => {
    expect(speakerViewUrl("/ledger/", "?lang=ru&step=2", 2)).toBe("/ledger/ru/present/speaker/?step=2");
  });

  it("drops what it cannot read from the page's address", () => {
    expect(speakerViewUrl("/", '?theme="><script>&lang=xx', 2)).toBe("/present/speaker/?step=2");
  });
});
