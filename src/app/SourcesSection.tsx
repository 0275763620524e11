import { useSuspenseQuery } from "@tanstack/react-query";
import { sourcesQuery } from "../data/queries";
import { precisionOf } from "../lib/partialDate";
import { collationLocale } from "../lib/intlLocale";
import { useLocale } from "../lib/locale";
import { richText } from "../lib/richText";

/** The full list of sources, grouped by kind, each linked where an address is known. */
export function SourcesList() {
  const { data } = useSuspenseQuery(sourcesQuery());
  const { lang, t, tn, fmt } = useLocale();
  const collator = new Intl.Collator(collationLocale(lang));
  const sorted = [...data.sources].sort((a, b) => collator.compare(a.publisher, b.publisher));
  return (
    <details className="sources-details">
      <summary>{tn("sources.count", sorted.length)}</summary>
      <p className="sources-details__tiers">{t("sources.tiers")}</p>
      <ol className="sources-list">
        {sorted.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            {richText(t(s.date ? "sources.entry" : "sources.entryUndated"), {
              publisher: <span className="sources-list__publisher">{s.publisher}</span>,
              title: s.url ? (
                <a href={s.url} rel="noopener noreferrer" target="_blank" lang={s.language}>
                  {s.title}
                </a>
              ) : (
                <cite lang={s.language}>{s.title}</cite>
              ),
              date: s.date ? fmt.date(s.date, precisionOf(s.date)) : "",
              kind: <span className="sources-list__kind">{t(`source.kind.${s.kind}`)}</span>,
              tier: <span className={`source-tier source-tier--${s.tier}`}>{t(`source.tier.${s.tier}`)}</span>,
            })}
          </li>
        ))}
      </ol>
    </details>
  );
}
