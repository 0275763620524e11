import { z } from "zod";
import { DATASET_SCHEMAS, type DatasetName } from "./datasets";

const TITLES: Record<DatasetName, string> = {
  sources: "Silk Road Ledger: every source the datasets cite",
  trade: "Silk Road Ledger: China–Kazakhstan trade by reporter (USD million)",
  investment: "Silk Road Ledger: Chinese investment in Kazakhstan (USD million)",
  timeline: "Silk Road Ledger: the partnership ladder and dated events",
  places: "Silk Road Ledger: places and routes (GeoJSON)",
};

/**
 * The JSON Schema for one data file, as text, generated from its zod schema.
 * Draft-07 because editors validate it most completely; checks zod cannot express
 * in JSON Schema (real calendar dates, cross-file references) are left to data:check.
 */
export function renderJsonSchema(name: DatasetName): string {
  const generated = z.toJSONSchema(DATASET_SCHEMAS[name], { target: "draft-7", io: "input", unrepresentable: "any" });
  const { $schema, ...rest } = generated;
  const document = {
    $schema,
    title: TITLES[name],
    description: "Generated from src/data/schemas by `npm run data:schemas`; do not edit by hand.",
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
