import { useSuspenseQueries } from "@tanstack/react-query";
import { DATASET_QUERIES } from "../../../data/queries";
import { useLocale } from "../../../lib/locale";
import type { StoryData, StoryDataset } from "./story";

/** The datasets named, loaded (suspending until they are) and validated, as the story's words read them. */
export function useStoryData(names: readonly StoryDataset[]): StoryData {
  const { lang } = useLocale();
  const results = useSuspenseQueries({ queries: names.map((name) => DATASET_QUERIES[name](lang)) });
  return Object.fromEntries(names.map((name, i) => [name, results[i]?.data]));
}
