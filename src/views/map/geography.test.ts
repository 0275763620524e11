import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { geographySchema } from "../../data/schemas/geography";
import { countryName, toGeography } from "./geography";
import { shippedGeographyText } from "../../../tests/fixtures/shipped";

const text = shippedGeographyText();
const file = geographySchema.parse(JSON.parse(text));

describe("the shipped country shapes (data/geo/region.topo.json)", () => {
  const geography = toGeography(file);
  const names = geography.countries.map((c) => c.properties.name);

  it("hold Kazakhstan, China and the neighbours the frame shows, and nothing far away", () => {
    for (const name of [
      "Kazakhstan",
      "China",
      "Russia",
      "Mongolia",
      "Kyrgyzstan",
      "Uzbekistan",
      "Turkmenistan",
      "Tajikistan",
      "Afghanistan",
      "Pakistan",
      "India",
      "Iran",
      "Japan",
      "South Korea",
      "North Korea",
      "Vietnam",
      "Myanmar",
      "Azerbaijan",
    ])
      expect(names).toContain(name);
    for (const far of ["Brazil", "France", "Australia", "Nigeria"]) expect(names).not.toContain(far);
  });

  it("are cropped: no shape reaches beyond the frame's longitudes and latitudes", () => {
    const coordinates = geography.countries.flatMap((c) =>
      (c.geometry.type === "Polygon" ? [c.geometry.coordinates] : c.geometry.coordinates).flat(2),
    ) as unknown as [number, number][];
    const lons = coordinates.map((p) => p[0]);
    const lats = coordinates.map((p) => p[1]);
    expect(Math.min(...lons)).toBeGreaterThan(25);
    expect(Math.max(...lons)).toBeLessThan(160);
    expect(Math.min(...lats)).toBeGreaterThan(0);
    expect(Math.max(...lats)).toBeLessThan(70);
  });

  it("stay small: under 80 kB, under 25 kB gzipped", () => {
    expect(text.length).toBeLessThan(80_000);
    expect(gzipSync(text).length).toBeLessThan(25_000);
  });

  it("give the shared borders, Kazakhstan's and China's apart", () => {
    expect(geography.borders.coordinates.length).toBeGreaterThan(geography.focusBorders.coordinates.length);
    expect(geography.focusBorders.coordinates.length).toBeGreaterThan(0);
  });

  it("name every country in every language: Kazakhstan and China as the site writes them, the others as the CLDR does", () => {
    const kz = geography.countries.find((c) => c.properties.name === "Kazakhstan")!.properties;
    const cn = geography.countries.find((c) => c.properties.name === "China")!.properties;
    const mn = geography.countries.find((c) => c.properties.name === "Mongolia")!.properties;
    expect(["en", "zh", "ru", "kk"].map((l) => countryName(kz, l))).toEqual(["Kazakhstan", "哈萨克斯坦", "Казахстан", "Қазақстан"]);
    expect(["en", "zh", "ru", "kk"].map((l) => countryName(cn, l))).toEqual(["China", "中国", "Китай", "Қытай"]);
    expect(["en", "zh", "ru", "kk"].map((l) => countryName(mn, l))).toEqual(["Mongolia", "蒙古", "Монголия", "Моңғолия"]);
    // Every country the map labels has its name in each language; an area that is no country keeps its English one.
    for (const c of geography.countries) {
      if (c.properties.name === "Siachen Glacier") continue;
      for (const lang of ["zh", "ru", "kk"])
        expect(countryName(c.properties, lang), `${c.properties.name} in ${lang}`).not.toBe(c.properties.name);
    }
  });
});
