import { useId, type ReactNode } from "react";
import { useLocale } from "../lib/locale";
import { DataBoundary } from "./DataBoundary";
import type { ViewSpec } from "./viewRegistry";

interface Props {
  view: ViewSpec;
  /** Heading level: h2 on the dashboard, h1 when the view stands alone. */
  headingLevel?: 1 | 2;
  children: ReactNode;
}

/** One view's root (`data-view`): its title, and its own loading and error states. */
export function ViewFrame({ view, headingLevel = 2, children }: Props) {
  const { t } = useLocale();
  const headingId = useId();
  const title = t(view.titleKey);
  const Heading = headingLevel === 1 ? "h1" : "h2";
  return (
    <section className="view" data-view={view.id} aria-labelledby={headingId}>
      <header className="view__header">
        <Heading id={headingId} className="view__title">
          {title}
        </Heading>
        <p className="view__subtitle">{t(view.subtitleKey)}</p>
      </header>
      <DataBoundary title={title} minHeight={view.minHeight} loadingLabel={t("view.loading", { view: title })}>
        {children}
      </DataBoundary>
    </section>
  );
}
