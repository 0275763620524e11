import { defineKeys, slugOrNull, type ViewUrlState } from "../../lib/urlState";

/** The investment view's URL keys: the sector filter and the selected deal's id. */
export const INVESTMENT_URL_KEYS = defineKeys({
  sector: slugOrNull,
  deal: slugOrNull,
});

export type InvestmentUrlState = ViewUrlState<typeof INVESTMENT_URL_KEYS>;
