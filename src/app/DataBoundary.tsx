import { QueryErrorResetBoundary } from "@tanstack/react-query";
import { Suspense, type ReactNode } from "react";
import { ErrorBoundary } from "./ErrorBoundary";
import { ViewError } from "./ViewError";

interface Props {
  /** What failed, for the error message, e.g. "Bilateral trade". */
  title: string;
  /** Height to hold while loading. */
  minHeight: number;
  loadingLabel: string;
  children: ReactNode;
}

/** Loading skeleton and error-with-Retry around one block of the page, so its failure stays inside it. */
export function DataBoundary({ title, minHeight, loadingLabel, children }: Props) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset} fallback={(error, retry) => <ViewError viewTitle={title} error={error} retry={retry} />}>
          <Suspense fallback={<Skeleton minHeight={minHeight} label={loadingLabel} />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}

/** Holds the block's final height while its data loads, so nothing below it jumps. */
function Skeleton({ minHeight, label }: { minHeight: number; label: string }) {
  return (
    <div className="skeleton" style={{ minHeight }} role="status">
      <span className="visually-hidden">{label}</span>
      <span className="skeleton__bar" aria-hidden="true" />
      <span className="skeleton__bar skeleton__bar--short" aria-hidden="true" />
      <span className="skeleton__block" aria-hidden="true" />
    </div>
  );
}
