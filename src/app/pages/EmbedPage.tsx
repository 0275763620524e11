import { useContext, useEffect, useMemo, useRef } from "react";
import { EmbedFormContext } from "../../lib/embedForm";
import { composeKeys } from "../../lib/urlState";
import { UrlKeysContext } from "../../lib/useUrlState";
import { EMBED_URL_KEYS } from "../embed/embedKeys";
import { useEmbedFormFromFrame } from "../embed/useEmbedFormFromFrame";
import { useLocale } from "../../lib/locale";
import { languageQuery, pageAddress } from "../../lib/pageAddress";
import { richText } from "../../lib/richText";
import { useEmbedHost } from "../embed/useEmbedHost";
import { useUrlQuery } from "../../lib/useUrlState";
import { ViewFrame } from "../ViewFrame";
import { VIEW_IDS, VIEWS, type ViewId } from "../viewRegistry";

/** The site root, from an embed page at <base>embed/<view>/. */
export const SITE_ROOT = import.meta.env.BASE_URL;

/** `/embed/<view>`: one view alone, no site chrome, filling its iframe; in a slide-shaped frame, its slide form. */
export function EmbedPage({ viewId }: { viewId: ViewId }) {
  // The page's URL keys: every view's (from the app shell) and the embed's own.
  const pageKeys = useContext(UrlKeysContext);
  const keys = useMemo(() => composeKeys(pageKeys, EMBED_URL_KEYS), [pageKeys]);
  return (
    <UrlKeysContext.Provider value={keys}>
      <EmbedBody viewId={viewId} />
    </UrlKeysContext.Provider>
  );
}

function EmbedBody({ viewId }: { viewId: ViewId }) {
  const { t } = useLocale();
  const view = VIEWS[viewId];
  const form = useEmbedFormFromFrame();
  const mainRef = useRef<HTMLElement>(null);
  const onDrawn = useEmbedHost(viewId, view.urlKeys, mainRef, form.slide);
  const query = useUrlQuery();
  return (
    <EmbedFormContext.Provider value={form}>
      <main className={`page page--embed${form.slide ? " is-slide" : ""}`} ref={mainRef}>
        <ViewFrame view={view} headingLevel={1}>
          <view.Component />
          <WhenDrawn run={onDrawn} />
        </ViewFrame>
        <p className="embed-footer">
          <a href={pageAddress(SITE_ROOT, "", query, `#view-${viewId}`)} target="_blank" rel="noopener">
            {t("embed.openFull")}
          </a>
        </p>
      </main>
    </EmbedFormContext.Provider>
  );
}

/**
 * Runs `run` once the view beside it has been drawn: inside the view's loading boundary, it mounts with
 * the view, when its code and data have arrived; a frame later its charts have measured and drawn.
 */
function WhenDrawn({ run }: { run: () => void }) {
  useEffect(() => {
    const frame = requestAnimationFrame(() => requestAnimationFrame(run));
    return () => cancelAnimationFrame(frame);
  }, [run]);
  return null;
}

/** What `/embed/` and an unknown `/embed/<name>` show: what went wrong, and the views there are. */
export function EmbedIndex({ requested }: { requested: string | null }) {
  const { t, lang } = useLocale();
  const inLanguage = languageQuery(lang);
  // A name from the address bar is only ever shown as text, and shortened.
  const name = requested && requested.length > 40 ? `${requested.slice(0, 40)}…` : requested;
  return (
    <main className="page page--message">
      <h1>{name ? t("embed.unknown.title", { name }) : t("embed.unknown.none")}</h1>
      <p>{t("embed.unknown.body")}</p>
      <ul className="embed-list">
        {VIEW_IDS.map((id) => (
          <li key={id}>
            {richText(t("text.explained"), {
              text: (
                <a href={pageAddress(SITE_ROOT, `embed/${id}/`, inLanguage)}>
                  <code>/embed/{id}</code>
                </a>
              ),
              detail: t(VIEWS[id].titleKey),
            })}
          </li>
        ))}
      </ul>
      <p>
        <a href={pageAddress(SITE_ROOT, "", inLanguage)}>{t("notfound.home")}</a>
      </p>
    </main>
  );
}
