import type { Source } from "../../../data/schemas/sources";
import { useLocale } from "../../../lib/locale";
import { precisionOf } from "../../../lib/partialDate";
import { MAX_SOURCES } from "./stepSources";

interface Props {
  /** Source ids, most important first. */
  ids: readonly string[];
  sources: readonly Source[];
}

/** A step's sources, each with its publisher, title, date and address printed in full. */
export function StepSources({ ids, sources }: Props) {
  const { t, tn, fmt } = useLocale();
  const byId = new Map(sources.map((s) => [s.id, s]));
  const unique = [...new Set(ids)];
  const shown = unique.slice(0, MAX_SOURCES);
  if (shown.length === 0) return null;
  return (
    <section className="handout-sources">
      <h3 className="handout-step__subhead">{t("handout.sources")}</h3>
      <ol className="handout-sources__list">
        {shown.map((id) => {
          const source = byId.get(id);
          if (!source) return <li key={id}>{id}</li>;
          const { publisher, title, date, url } = source;
          return (
            <li key={id}>
              <span className="handout-sources__name">
                {date
                  ? t("handout.sourceDated", { publisher, title, date: fmt.date(date, precisionOf(date)) })
                  : t("handout.source", { publisher, title })}
              </span>{" "}
              {url ? (
                <a className="handout-sources__url" href={url} rel="noopener noreferrer" target="_blank">
                  {url}
                </a>
              ) : (
                <span className="handout-sources__url">{t("handout.sourceNoUrl")}</span>
              )}
            </li>
          );
        })}
      </ol>
      {unique.length > shown.length && <p className="handout-sources__more">{tn("handout.sources.more", unique.length - shown.length)}</p>}
    </section>
  );
}
