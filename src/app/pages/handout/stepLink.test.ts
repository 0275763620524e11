import { describe, expect, it } from "vitest";
import { stepLink } from "./stepLink";

describe("stepLink", () => {
  it("points at the step of the presentation under the site's base path", () => {
    expect(stepLink("https://ledger.example/ledger/", 3)).toBe("https://ledger.example/ledger/present/?step=3");
    expect(stepLink("http://127.0.0.1:4173/", 10)).toBe("http://127.0.0.1:4173/present/?step=10");
  });
});
