import { describe, expect, it } from "vitest";
import { stepLink } from "./stepLink";

describe("stepLink", () => {
  it("points at the step of the presentation under the site's base path", () => {
    expect(stepLink("https://ledger.example/ledger/", 3, "en")).toBe("https://ledger.example/ledger/present/?step=3");
    expect(stepLink("http://127.0.0.1:4173/", 10, "en")).toBe("http://127.0.0.1:4173/present/?step=10");
  });

  it("points at the presentation prerendered in the handout's language", () => {
    expect(stepLink("https://ledger.example/ledger/", 3, "kk")).toBe("https://ledger.example/ledger/kk/present/?step=3");
    expect(stepLink("http://127.0.0.1:4173/", 1, "zh")).toBe("http://127.0.0.1:4173/zh/present/?step=1");
  });
});
