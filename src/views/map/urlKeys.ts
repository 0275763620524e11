import { defineKeys, slugList, slugOrNull, type ViewUrlState } from "../../lib/urlState";

/** The map's URL keys: the selected place's id, and the groups shown (none means all). */
export const MAP_URL_KEYS = defineKeys({
  place: slugOrNull,
  layers: slugList,
});

export type MapUrlState = ViewUrlState<typeof MAP_URL_KEYS>;
