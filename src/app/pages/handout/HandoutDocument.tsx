import { useSuspenseQueries } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useState } from "react";
import { DATASET_NAMES } from "../../../data/servedFiles";
import { DATASET_QUERIES } from "../../../data/queries";
import { useLocale } from "../../../lib/locale";
import { DataBoundary } from "../../DataBoundary";
import { VIEWS } from "../../viewRegistry";
import { STORY } from "../present/story";
import { HandoutCover } from "./HandoutCover";
import { HandoutStep } from "./HandoutStep";
import { PageNumbers } from "./PageNumbers";
import type { HandoutData } from "./stepSources";
import "./handout.css";

interface Props {
  /** Called once every step's chart has been drawn: the handout is ready to print. */
  onReady?: () => void;
}

/**
 * The printable handout of the classroom story: a cover, then each step of STORY on a page of its own.
 * Shown by /handout, and printed by /present in place of its current slide.
 */
export function HandoutDocument({ onReady }: Props) {
  const { t } = useLocale();
  const label = t("handout.label");
  return (
    <DataBoundary title={label} minHeight={600} loadingLabel={t("view.loading", { view: label })}>
      <HandoutBody onReady={onReady} />
    </DataBoundary>
  );
}

function HandoutBody({ onReady }: Props) {
  const locale = useLocale();
  // The files by name, one object while they stay the same (combined results are structurally shared): the steps
  // below draw again only when what they show changes.
  const data = useSuspenseQueries({
    queries: DATASET_NAMES.map((name) => DATASET_QUERIES[name](locale.lang)),
    combine: byName,
  });
  const [drawn, setDrawn] = useState<ReadonlySet<string>>(() => new Set());
  const onDrawn = useCallback((id: string) => setDrawn((prev) => (prev.has(id) ? prev : new Set(prev).add(id))), []);
  const ready = drawn.size === STORY.length;
  useEffect(() => {
    if (ready) onReady?.();
  }, [ready, onReady]);

  const texts = useMemo(() => STORY.map((step) => step.text(data, locale)), [data, locale]);
  const titles = useMemo(() => STORY.map((step, i) => texts[i]?.title ?? locale.t(VIEWS[step.view].titleKey)), [texts, locale]);
  return (
    <article className="handout" data-ready={ready ? "" : undefined}>
      <PageNumbers />
      <HandoutCover data={data} titles={titles} />
      {STORY.map((step, i) => (
        <HandoutStep
          key={step.id}
          step={step}
          n={i + 1}
          total={STORY.length}
          text={texts[i] ?? null}
          fallbackTitle={titles[i] ?? ""}
          data={data}
          onDrawn={onDrawn}
        />
      ))}
    </article>
  );
}

function byName(results: readonly { data: unknown }[]): HandoutData {
  return Object.fromEntries(DATASET_NAMES.map((name, i) => [name, results[i]?.data]));
}
