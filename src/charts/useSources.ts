import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { sourcesQuery } from "../data/queries";
import type { Source } from "../data/schemas/sources";

export interface Sources {
  /** Every source, for the CSV columns; empty until sources.json has loaded. */
  list: readonly Source[];
  /** A source's publisher by its id; the id itself until sources.json has loaded, or if it is not there. */
  name: (id: string) => string;
}

/**
 * The sources of every view, looked up once: names enrich tooltips, tables and files, but no view
 * waits for them (sources.json loads beside the view's own data).
 */
export function useSources(): Sources {
  const { data } = useQuery(sourcesQuery());
  return useMemo(() => {
    const list = data?.sources ?? [];
    const byId = new Map(list.map((s) => [s.id, s.publisher]));
    return { list, name: (id: string) => byId.get(id) ?? id };
  }, [data]);
}
