import { z } from "zod/mini";
import type { $ZodType, output } from "zod/v4/core";
import type { InLanguage } from "../inLanguage";
import { ONE_LANGUAGE } from "./common";

/** Schemas whose values hold no text to translate, and so read the same in every language. */
const LEAVES = new Set(["string", "number", "int", "boolean", "literal", "enum", "never", "unknown", "any", "null", "undefined"]);

interface Def {
  type: string;
  shape: Record<string, $ZodType>;
  element: $ZodType;
  innerType: $ZodType;
  options: $ZodType[];
  items: $ZodType[];
  rest: $ZodType | null;
}

const derived = new WeakMap<$ZodType, $ZodType>();

/**
 * The schema of a dataset as a page in one language reads it (data/<lang>/<file>.json, written by the build with
 * `inLanguage`): each text in four languages is its text in one, with the same checks (non-empty, the longest it
 * may be); everything else, refinements included, is the file's own schema. A schema with no text in it is
 * returned as it is, so `inLanguageSchema(s) === s` says a file reads the same in every language.
 */
export function inLanguageSchema<S extends $ZodType>(schema: S): $ZodType<InLanguage<output<S>>> {
  return derive(schema) as $ZodType<InLanguage<output<S>>>;
}

function derive(schema: $ZodType): $ZodType {
  const text = ONE_LANGUAGE.get(schema);
  if (text) return text;
  const known = derived.get(schema);
  if (known) return known;
  const result = rebuild(schema);
  derived.set(schema, result);
  return result;
}

function rebuild(schema: $ZodType): $ZodType {
  // The parts each kind of schema keeps in its definition, read loosely: the kinds are told apart by `type`.
  const def = schema._zod.def as unknown as Def;
  const copy = (changes: Partial<Def>) => z.clone(schema, { ...def, ...changes } as unknown as $ZodType["_zod"]["def"]);
  // Each branch builds the schema anew only when a part of it changed, keeping the file's own schema otherwise.
  switch (def.type) {
    case "object": {
      const entries = Object.entries(def.shape);
      const shape = Object.fromEntries(entries.map(([key, field]) => [key, derive(field)]));
      return entries.some(([key, field]) => shape[key] !== field) ? copy({ shape }) : schema;
    }
    case "array": {
      const element = derive(def.element);
      return element === def.element ? schema : copy({ element });
    }
    case "optional":
    case "nullable": {
      const innerType = derive(def.innerType);
      return innerType === def.innerType ? schema : copy({ innerType });
    }
    case "union": {
      const options = def.options.map(derive);
      return options.every((option, i) => option === def.options[i]) ? schema : copy({ options });
    }
    case "tuple": {
      const items = def.items.map(derive);
      const rest = def.rest ? derive(def.rest) : def.rest;
      const same = rest === def.rest && items.every((item, i) => item === def.items[i]);
      return same ? schema : copy({ items, rest });
    }
    default:
      // A kind of schema this does not look inside could hide a text: say so at once rather than let a page's
      // file fail its check for a reason no one would guess.
      if (!LEAVES.has(def.type)) throw new Error(`inLanguageSchema: schemas of type "${def.type}" are not read through`);
      return schema;
  }
}
