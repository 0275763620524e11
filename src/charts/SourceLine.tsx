import { useQuery } from "@tanstack/react-query";
import { Fragment } from "react";
import { sourcesQuery } from "../data/queries";
import { useLocale } from "../lib/locale";

interface Props {
  /** Source ids from data/sources.json, most important first. */
  ids: readonly string[];
}

/**
 * "Source: publisher, title" under a chart. It reads sources.json on its own, without suspending:
 * if that file fails, the chart still shows and the line falls back to the ids.
 */
export function SourceLine({ ids }: Props) {
  const { t, fmt } = useLocale();
  const { data } = useQuery(sourcesQuery());
  const unique = [...new Set(ids)];
  const items = unique.map((id) => {
    const source = data?.sources.find((s) => s.id === id);
    if (!source) return <span key={id}>{id}</span>;
    const label = `${source.publisher}${source.date ? ` (${source.date.slice(0, 4)})` : ""}`;
    return source.url ? (
      <a key={id} href={source.url} title={source.title} rel="noopener noreferrer" target="_blank">
        {label}
      </a>
    ) : (
      <span key={id} title={source.title}>
        {label}
      </span>
    );
  });
  const parts = fmt.list(unique.map((_, i) => `\u0000${i}\u0000`)).split("\u0000");
  return (
    <p className="source-line">
      {t(unique.length > 1 ? "view.sources" : "view.source")}:{" "}
      {parts.map((part, i) => (i % 2 === 1 ? items[Number(part)] : <Fragment key={`sep-${i}`}>{part}</Fragment>))}
    </p>
  );
}
