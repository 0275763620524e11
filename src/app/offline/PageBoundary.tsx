import type { ReactNode } from "react";
import { useLocale } from "../../lib/locale";
import { ErrorBoundary } from "../ErrorBoundary";
import { ChunkLoadError, retryLoad } from "./chunkLoadError";
import { LoadFailureText } from "./LoadFailureText";
import "./offline.css";

/** Around a whole page: if the page's own code cannot be downloaded, a sentence and a Retry instead of a blank page. */
export function PageBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={(error, retry) => <PageLoadFailure error={error} retry={retry} />}>{children}</ErrorBoundary>;
}

function PageLoadFailure({ error, retry }: { error: Error; retry: () => void }) {
  const { t } = useLocale();
  return (
    <main className="page page--load-failure">
      <div className="view-error" role="alert">
        <h1 className="view-error__title">{t("offline.load.pageTitle")}</h1>
        {error instanceof ChunkLoadError ? (
          <LoadFailureText error={error} />
        ) : (
          <p>{t("view.error.unexpected", { reason: error.message })}</p>
        )}
        <button type="button" className="button" onClick={error instanceof ChunkLoadError ? () => retryLoad(error, retry) : retry}>
          {t("view.error.retry")}
        </button>
      </div>
    </main>
  );
}
