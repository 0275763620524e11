import type { DatasetContents } from "../../../data/datasets";
import { placeById } from "../../../data/derive/places";
import { findEvent, ladder } from "../../../data/derive/timeline";
import { seriesById } from "../../../data/derive/trade";
import type { Step } from "../present/story";

export type HandoutData = Partial<DatasetContents>;

/** The most sources a step lists on paper; the rest are counted, and listed in the live view. */
export const MAX_SOURCES = 5;

/** The trade series a reporter choice draws (totals only: the story never splits the flows). */
const TRADE_SERIES = { cn: ["cn-total"], kz: ["kz-total"], both: ["cn-total", "kz-total"] } as const;

/** Ids in order of how many records cite them, most first; ties keep their first appearance. */
function byUse(lists: readonly (readonly string[])[]): string[] {
  const uses = new Map<string, number>();
  for (const id of lists.flat()) uses.set(id, (uses.get(id) ?? 0) + 1);
  return [...uses.keys()].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0));
}

/**
 * The sources of what a step's chart shows, from the records it draws: the trade series' points, the
 * selected event or the ladder's levels, the investment tally, the selected place. Most-cited first.
 */
export function stepSources(step: Step, data: HandoutData): string[] {
  const { trade, timeline, investment, places } = data;
  switch (step.view) {
    case "trade": {
      if (!trade) return [];
      const ids = TRADE_SERIES[step.preset.reporter ?? "cn"];
      return byUse(ids.flatMap((id) => seriesById(trade, id)?.points.map((p) => p.sources) ?? []));
    }
    case "timeline": {
      if (!timeline) return [];
      const event = findEvent(timeline.events, step.preset.event ?? null);
      return byUse(event ? [event.sources] : ladder(timeline).map((l) => l.sources));
    }
    case "investment":
      return investment ? [...investment.headline.sources] : [];
    case "map": {
      const place = places ? placeById(places, step.preset.place ?? null) : null;
      return place ? [...place.properties.sources] : [];
    }
  }
}
