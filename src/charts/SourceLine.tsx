import { useQuery } from "@tanstack/react-query";
import { Fragment, useState } from "react";
import { sourcesQuery } from "../data/queries";
import type { SourceTier } from "../data/schemas/sources";
import { useLocale } from "../lib/locale";
import { richText } from "../lib/richText";

interface Props {
  /** Source ids from data/sources.json, most important first. */
  ids: readonly string[];
  /** On a slide: name this many, and count the rest ("and 10 more in the full view"), on one short line. */
  max?: number;
}

/** In a view's full form, the sources named before the rest fold behind "and 9 more". */
const NAMED_BEFORE_FOLD = 3;

/**
 * "Source: publisher, title" under a chart. It reads sources.json on its own, without suspending:
 * if that file fails, the chart still shows and the line falls back to the ids.
 */
export function SourceLine({ ids, max }: Props) {
  const { t, tn, fmt } = useLocale();
  const { data } = useQuery(sourcesQuery());
  const [unfolded, setUnfolded] = useState(false);
  const unique = [...new Set(ids)];
  // Sources that read the same ("International Monetary Fund (2022)" for two tables) are named once,
  // with a numbered link to each, so the line neither repeats itself nor loses a link.
  const groups = new Map<string, { id: string; title?: string; url?: string | null; tier?: SourceTier }[]>();
  for (const id of unique) {
    const source = data?.sources.find((s) => s.id === id);
    const label = source
      ? source.date
        ? t("text.annotated", { text: source.publisher, note: source.date.slice(0, 4) })
        : source.publisher
      : id;
    const entry = source ? { id, title: source.title, url: source.url, tier: source.tier } : { id };
    groups.set(label, [...(groups.get(label) ?? []), entry]);
  }
  // A slide names `max` and points to the full view; the full view names a few, and the rest are a tap away.
  const limit = max ?? (unfolded ? Infinity : NAMED_BEFORE_FOLD);
  // Folding one source would save nothing.
  const named = groups.size > limit + (max === undefined ? 1 : 0) ? [...groups].slice(0, limit) : [...groups];
  // A reprint or the publisher's own page is marked beside its name; a reputable secondary source, the most, is not.
  const tierMark = (tier: SourceTier | undefined) =>
    tier && tier !== "secondary" ? (
      <>
        {" "}
        <span className={`source-tier source-tier--${tier}`}>{t(`source.tier.${tier}`)}</span>
      </>
    ) : null;
  const items = named.map(([label, entries]) => {
    const [only] = entries;
    if (entries.length === 1 && only) {
      return (
        <span key={only.id}>
          {only.url ? (
            <a href={only.url} title={only.title} rel="noopener noreferrer" target="_blank">
              {label}
            </a>
          ) : (
            <span title={only.title}>{label}</span>
          )}
          {tierMark(only.tier)}
        </span>
      );
    }
    return (
      <span key={label}>
        {label}
        {tierMark(entries[0]?.tier)}
        {entries.map((e, i) => (
          <Fragment key={e.id}>
            {" "}
            {e.url ? (
              <a href={e.url} title={e.title} aria-label={`[${i + 1}] ${e.title ?? ""}`} rel="noopener noreferrer" target="_blank">
                [{i + 1}]
              </a>
            ) : (
              <span title={e.title}>[{i + 1}]</span>
            )}
          </Fragment>
        ))}
      </span>
    );
  });
  if (named.length < groups.size)
    items.push(
      max !== undefined ? (
        <span key="more">{tn("view.sources.more", groups.size - named.length)}</span>
      ) : (
        <button key="more" type="button" className="source-line__unfold" aria-expanded="false" onClick={() => setUnfolded(true)}>
          {tn("view.sources.unfold", groups.size - named.length)}
        </button>
      ),
    );
  const parts = fmt.list(items.map((_, i) => `\u0000${i}\u0000`)).split("\u0000");
  return (
    <p className="source-line">
      {richText(t("text.labelled"), {
        label: t(unique.length > 1 ? "view.sources" : "view.source"),
        value: parts.map((part, i) => (i % 2 === 1 ? items[Number(part)] : <Fragment key={`sep-${i}`}>{part}</Fragment>)),
      })}
    </p>
  );
}
