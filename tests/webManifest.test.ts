import { describe, expect, it } from "vitest";
import { tokenColour, webManifest } from "../scripts/webManifest";

describe("webManifest", () => {
  it("reads a colour token's light value, from light-dark() or plain", () => {
    const css = ":root { --color-bg: light-dark(#fbfaf7, #11161c); --color-accent: #005a8e; }";
    expect(tokenColour(css, "color-bg")).toBe("#fbfaf7");
    expect(tokenColour(css, "color-accent")).toBe("#005a8e");
    expect(() => tokenColour(css, "color-none")).toThrow("--color-none");
  });

  it("is installable under any base path: relative start and scope, PNG icons at 192 and 512 px and a maskable one", () => {
    const manifest = webManifest();
    expect(manifest).toMatchObject({ name: "Silk Road Ledger", start_url: "./", scope: "./", display: "standalone" });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons = (manifest.icons ?? []).map((i) => `${i.src} ${i.sizes}${i.purpose ? ` ${i.purpose}` : ""}`);
    expect(icons).toEqual(
      expect.arrayContaining(["icons/icon-192.png 192x192", "icons/icon-512.png 512x512", "icons/icon-maskable-512.png 512x512 maskable"]),
    );
  });
});
