/**
 * Every language's catalog, whole, for the build (each page's title and description in its language) and the
 * tests. The site's own code never imports this: a page loads its language's parts as it needs them (lib/i18n.ts).
 */
import type { Catalog, MessageKey } from "../lib/i18n";
import { messages as enCore } from "./en/core";
import { messages as enTrade } from "./en/trade";
import { messages as enInvestment } from "./en/investment";
import { messages as enTimeline } from "./en/timeline";
import { messages as enMap } from "./en/map";
import { messages as enClassroom } from "./en/classroom";
import { messages as zhCore } from "./zh/core";
import { messages as zhTrade } from "./zh/trade";
import { messages as zhInvestment } from "./zh/investment";
import { messages as zhTimeline } from "./zh/timeline";
import { messages as zhMap } from "./zh/map";
import { messages as zhClassroom } from "./zh/classroom";
import { messages as ruCore } from "./ru/core";
import { messages as ruTrade } from "./ru/trade";
import { messages as ruInvestment } from "./ru/investment";
import { messages as ruTimeline } from "./ru/timeline";
import { messages as ruMap } from "./ru/map";
import { messages as ruClassroom } from "./ru/classroom";
import { messages as kkCore } from "./kk/core";
import { messages as kkTrade } from "./kk/trade";
import { messages as kkInvestment } from "./kk/investment";
import { messages as kkTimeline } from "./kk/timeline";
import { messages as kkMap } from "./kk/map";
import { messages as kkClassroom } from "./kk/classroom";

/** English, the reference, whole. */
export const english: Readonly<Record<MessageKey, string>> = {
  ...enCore,
  ...enTrade,
  ...enInvestment,
  ...enTimeline,
  ...enMap,
  ...enClassroom,
};

/** Each language's catalog, whole, by its code. */
export const ALL_CATALOGS: Readonly<Record<string, Catalog>> = {
  en: english,
  zh: { ...zhCore, ...zhTrade, ...zhInvestment, ...zhTimeline, ...zhMap, ...zhClassroom },
  ru: { ...ruCore, ...ruTrade, ...ruInvestment, ...ruTimeline, ...ruMap, ...ruClassroom },
  kk: { ...kkCore, ...kkTrade, ...kkInvestment, ...kkTimeline, ...kkMap, ...kkClassroom },
};
