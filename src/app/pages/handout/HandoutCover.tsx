import { useId } from "react";
import { useLocale } from "../../../lib/locale";
import { precisionOf } from "../../../lib/partialDate";
import { STORY } from "../present/story";
import { dataAsOf } from "./dataAsOf";
import { HowToRead } from "./HowToRead";
import type { HandoutData } from "./stepSources";

/** The handout's first page: the lesson's title, how recent its data is, how to read the charts, and the steps. */
export function HandoutCover({ data, titles }: { data: HandoutData; titles: readonly string[] }) {
  const { t, tn, fmt } = useLocale();
  const headingId = useId();
  const contentsId = useId();
  const { tradeYear, sourceDate } = dataAsOf(data);
  const site = t("app.title");
  return (
    <section className="handout-sheet handout-cover" aria-labelledby={headingId}>
      <p className="handout-cover__site">{site}</p>
      <h1 id={headingId} className="handout-cover__title">
        {t("handout.title")}
      </h1>
      <p className="handout-cover__intro">{tn("handout.intro", STORY.length, { site })}</p>
      {tradeYear !== null && (
        <p className="handout-cover__date">
          {sourceDate
            ? t("handout.asOf", { date: fmt.date(sourceDate, precisionOf(sourceDate)), year: tradeYear })
            : t("handout.asOfTrade", { year: tradeYear })}
        </p>
      )}
      <HowToRead />
      <h2 id={contentsId} className="handout-cover__subhead">
        {t("handout.contents")}
      </h2>
      <ol className="handout-cover__steps" aria-labelledby={contentsId}>
        {titles.map((title, i) => (
          <li key={STORY[i]?.id ?? i}>{title}</li>
        ))}
      </ol>
    </section>
  );
}
