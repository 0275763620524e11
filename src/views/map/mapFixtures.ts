import { readFileSync } from "node:fs";
import type { z } from "zod/mini";
import type { PlacesFile, placesFileSchema } from "../../data/schemas/places";

/**
 * A small places file for the map's tests: one place per kind the view treats differently (a point
 * and a route, exact and approximate and schematic, operating and planned, with and without dates,
 * a town; with and without a cost). Coordinates and figures are those of data/places.json, trimmed.
 */
export const mapPlaces: z.input<typeof placesFileSchema> = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      id: "khorgos-icbc",
      geometry: { type: "Point", coordinates: [80.39596, 44.21364] },
      properties: {
        name: { en: "Khorgos ICBC", zh: "霍尔果斯国际边境合作中心", ru: "МЦПС «Хоргос»", kk: "«Қорғас» ШЫХО" },
        category: "border-crossing",
        status: "operating",
        description: "A trade zone straddling the border.",
        dates: { agreed: "2004-09-24", constructionStart: "2006-06-03", operation: "2012-04" },
        capacity: [{ value: 5.28, unit: "km²", label: "area" }],
        precision: "exact",
        sources: ["peoples-daily-2024"],
        confidence: "verified",
      },
    },
    {
      type: "Feature",
      id: "zhanatas-wind-farm",
      geometry: { type: "Point", coordinates: [69.69119, 43.48938] },
      properties: {
        name: { en: "Zhanatas wind farm", zh: "札纳塔斯风电场", ru: "ВЭС «Жанатас»", kk: "Жаңатас ЖЭС" },
        category: "wind",
        status: "operating",
        description: "100 MW from 40 turbines.",
        dates: { agreed: "2016-02-26", constructionStart: "2019-07-15", operation: "2021-06-20" },
        capacity: [{ value: 100, unit: "MW", label: "40 × 2.5 MW" }],
        owners: ["China Power International Holding (SPIC, 80%)", "Visor (20%)"],
        builders: ["POWERCHINA Chengdu Engineering"],
        // Two reports disagree: both are kept, each with its own source.
        cost: [
          {
            covers: "the wind farm",
            qualifier: "about",
            value: 150,
            unit: "USD million",
            sources: ["peoples-daily-2024"],
            confidence: "verified",
          },
          {
            covers: "the wind farm",
            qualifier: "exact",
            value: 136.2,
            unit: "USD million",
            sources: ["imf-dots-china"],
            confidence: "verified",
          },
        ],
        precision: "exact",
        sources: ["peoples-daily-2024", "imf-dots-china"],
        confidence: "verified",
        note: "Coordinates: centroid of its 40 turbines.",
      },
    },
    {
      type: "Feature",
      id: "lianyungang-base",
      geometry: { type: "Point", coordinates: [119.4425, 34.7319] },
      properties: {
        name: {
          en: "Lianyungang logistics base",
          zh: "中哈（连云港）物流合作基地",
          ru: "Логистическая база в Ляньюньгане",
          kk: "Ляньюньган логистикалық базасы",
        },
        category: "logistics",
        status: "operating",
        description: "Kazakhstan's sea gate to the Pacific.",
        dates: { agreed: "2013-09-07", operation: "2014-05-19" },
        precision: "approximate",
        sources: ["peoples-daily-2024"],
        confidence: "verified",
      },
    },
    {
      type: "Feature",
      id: "turkestan-solar",
      geometry: { type: "Point", coordinates: [68.2518, 43.2973] },
      properties: {
        name: {
          en: "China Energy solar plant, Turkestan region",
          zh: "突厥斯坦州光伏项目",
          ru: "СЭС в Туркестанской области",
          kk: "Түркістан облысындағы КЭС",
        },
        category: "solar",
        status: "planned",
        description: "A planned 300 MW solar plant.",
        capacity: [{ value: 300, unit: "MW" }],
        precision: "approximate",
        sources: ["peoples-daily-2024"],
        confidence: "verified",
      },
    },
    {
      type: "Feature",
      id: "oil-atasu-alashankou",
      geometry: {
        type: "LineString",
        coordinates: [
          [71.615, 48.651],
          [77.38, 47.521],
          [82.556, 45.188],
        ],
      },
      properties: {
        name: {
          en: "Atasu–Alashankou oil pipeline",
          zh: "阿塔苏—阿拉山口输油管道",
          ru: "Нефтепровод Атасу — Алашанькоу",
          kk: "Атасу — Алашаңқоу мұнай құбыры",
        },
        category: "oil-pipeline",
        status: "operating",
        description: "Part of the Kazakhstan–China oil pipeline.",
        dates: { agreed: "2004-05-17", constructionStart: "2004-09", operation: "2006-07-11" },
        length: { value: 962, unit: "km" },
        owners: ["CNPC (50%)", "KazMunayGas (50%)"],
        cost: [
          {
            covers: "construction",
            qualifier: "exact",
            value: 700,
            unit: "USD million",
            asOf: "2006",
            sources: ["peoples-daily-2024"],
            confidence: "verified",
          },
        ],
        precision: "approximate",
        sources: ["peoples-daily-2024"],
        confidence: "verified",
      },
    },
    {
      type: "Feature",
      id: "road-western-europe-western-china",
      geometry: {
        type: "LineString",
        coordinates: [
          [80.3852, 44.2234],
          [67.2464, 43.9065],
          [56.5061, 50.7475],
        ],
      },
      properties: {
        name: {
          en: "Western Europe–Western China highway",
          zh: "“西欧—中国西部”公路",
          ru: "Автодорога «Западная Европа — Западный Китай»",
          kk: "«Батыс Еуропа — Батыс Қытай» автожолы",
        },
        category: "road",
        status: "operating",
        description: "The Kazakh section of the corridor.",
        dates: { agreed: "2009-04-16" },
        precision: "schematic",
        sources: ["peoples-daily-2024"],
        confidence: "verified",
      },
    },
    {
      type: "Feature",
      id: "almaty",
      geometry: { type: "Point", coordinates: [76.91667, 43.25] },
      properties: {
        name: { en: "Almaty", zh: "阿拉木图", ru: "Алматы", kk: "Алматы" },
        category: "city",
        status: "context",
        description: "Kazakhstan's largest city.",
        precision: "settlement",
        sources: ["peoples-daily-2024"],
        confidence: "secondary",
      },
    },
  ],
};

/** The shipped places file, for tests that check the real layout. */
export function shippedPlaces(): PlacesFile {
  return JSON.parse(readFileSync("data/places.json", "utf8")) as PlacesFile;
}

/** The shipped country shapes, as served at <base>data/geo/region.topo.json. */
export function shippedGeographyText(): string {
  return readFileSync("data/geo/region.topo.json", "utf8");
}
