import { useId, useState, type ReactNode } from "react";
import { useEmbedForm } from "../lib/embedForm";
import { HeadingLevel } from "../charts/headingLevel";
import { useLocale } from "../lib/locale";
import { DataBoundary } from "./DataBoundary";
import { HydratedSignal } from "./HydratedSignal";
import { HydrationHold } from "./HydrationHold";
import type { ViewSpec } from "./viewRegistry";

interface Props {
  view: ViewSpec;
  /** The title's rank: h2 on the dashboard, h1 when the view stands alone, h3 under a handout step's title; the view's own headings rank below it. */
  headingLevel?: 1 | 2 | 3;
  children: ReactNode;
}

/** One view's root (`data-view`): its title, and its own loading and error states. */
export function ViewFrame({ view, headingLevel = 2, children }: Props) {
  const { t } = useLocale();
  const headingId = useId();
  const title = t(view.titleKey);
  const Title = `h${headingLevel}` as const;
  // On an embed: `title=0` leaves the title to the slide around it (still named for assistive technology),
  // and a slide drops the subtitle to make room for the chart.
  const form = useEmbedForm();
  const [hydrated, setHydrated] = useState(false);
  return (
    <section className="view" data-view={view.id} data-hydrated={hydrated ? "" : undefined} aria-labelledby={headingId}>
      <header className="view__header">
        <Title id={headingId} className={form?.title === false ? "view__title visually-hidden" : "view__title"}>
          {title}
        </Title>
        {!form?.slide && <p className="view__subtitle">{t(view.subtitleKey)}</p>}
      </header>
      <DataBoundary title={title} minHeight={view.minHeight} loadingLabel={t("view.loading", { view: title })}>
        <HydrationHold id={view.id} />
        <HeadingLevel value={headingLevel}>{children}</HeadingLevel>
        <HydratedSignal onHydrated={() => setHydrated(true)} />
      </DataBoundary>
    </section>
  );
}
