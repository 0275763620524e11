import { defineKeys, oneOf, yearOrNull, type ViewUrlState } from "../../lib/urlState";

export const SCALES = ["linear", "log"] as const;
export type Scale = (typeof SCALES)[number];

export const REPORTERS = ["cn", "kz", "both"] as const;
export type ReporterChoice = (typeof REPORTERS)[number];

/** Totals, or each reporter's exports and imports. */
export const FLOWS = ["total", "split"] as const;
export type FlowChoice = (typeof FLOWS)[number];

/** The trade view's URL keys: the scale, the years shown (`from`, `to`), who reports, which flow. */
export const TRADE_URL_KEYS = defineKeys(
  {
    scale: oneOf(SCALES, "linear"),
    from: yearOrNull,
    to: yearOrNull,
    reporter: oneOf(REPORTERS, "cn"),
    flow: oneOf(FLOWS, "total"),
  },
  {
    aliases: { start: "from", end: "to" },
    fixes: [
      // A range given backwards is still the range the reader meant.
      (state) => {
        if (state.from !== null && state.to !== null && state.from > state.to) [state.from, state.to] = [state.to, state.from];
      },
    ],
  },
);

export type TradeUrlState = ViewUrlState<typeof TRADE_URL_KEYS>;

/** The controls a presentation step can show alone (EmbedForm `control`): the choices, the years (`from`) and Play. */
export const TRADE_CONTROLS: readonly string[] = ["reporter", "flow", "scale", "from", "play"];
