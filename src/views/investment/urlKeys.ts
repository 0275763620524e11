import { defineKeys, slugList, slugOrNull, type ViewUrlState } from "../../lib/urlState";

/**
 * The investment view's URL keys: the sectors shown (none means all) and the selected deal's id. An older
 * link's `sector=energy` named the one sector shown; read as a list, it still shows only that one.
 */
export const INVESTMENT_URL_KEYS = defineKeys(
  {
    sectors: slugList,
    deal: slugOrNull,
  },
  { aliases: { sector: "sectors" } },
);

export type InvestmentUrlState = ViewUrlState<typeof INVESTMENT_URL_KEYS>;
