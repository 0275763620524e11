import { DataError } from "../data/DataError";
import { useLocale } from "../lib/locale";
import { ChunkLoadError, retryLoad } from "./offline/chunkLoadError";
import { LoadFailureText } from "./offline/LoadFailureText";
import { NetworkReason } from "./offline/NetworkReason";

interface Props {
  viewTitle: string;
  error: Error;
  retry: () => void;
}

/** What a reader sees when a view fails: which file, where in it, what was wrong, and a way to try again. */
export function ViewError({ viewTitle, error, retry }: Props) {
  const { t, tn } = useLocale();
  return (
    <div className="view-error" role="alert">
      <p className="view-error__title">{t("view.error.title", { view: viewTitle })}</p>
      {error instanceof DataError ? (
        <dl className="view-error__details">
          <dt>{t("view.error.file")}</dt>
          <dd>
            <code>{error.file}</code>
          </dd>
          {error.path && (
            <>
              <dt>{t("view.error.field")}</dt>
              <dd>
                <code>{error.path}</code>
              </dd>
            </>
          )}
          <dt>{t("view.error.problem")}</dt>
          <dd>
            {error.kind === "network" ? (
              <NetworkReason reason={error.expected} />
            ) : (
              // What went wrong, in the reader's language; the checker's exact words after it, for whoever fixes the file.
              <>
                {t(`view.error.kind.${error.kind}`)} <code lang="en">{error.expected}</code>
              </>
            )}
          </dd>
        </dl>
      ) : error instanceof ChunkLoadError ? (
        <LoadFailureText error={error} />
      ) : (
        <p>{t("view.error.unexpected", { reason: error.message })}</p>
      )}
      {error instanceof DataError && error.more.length > 0 && (
        <details className="view-error__more">
          <summary>{tn("view.error.more", error.more.length)}</summary>
          <ul>
            {error.more.slice(0, 50).map((line, i) => (
              <li key={i}>
                <code lang="en">{line}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" className="button" onClick={error instanceof ChunkLoadError ? () => retryLoad(error, retry) : retry}>
        {t("view.error.retry")}
      </button>
    </div>
  );
}
