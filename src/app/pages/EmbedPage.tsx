import { useEffect } from "react";
import { useLocale } from "../../lib/locale";
import { useUrlQuery } from "../../lib/useUrlState";
import { ViewFrame } from "../ViewFrame";
import { VIEW_IDS, VIEWS, type ViewId } from "../viewRegistry";

/** The site root, from an embed page at <base>embed/<view>/. */
export const SITE_ROOT = import.meta.env.BASE_URL;

/** `/embed/<view>`: one view alone, no site chrome, filling its iframe. */
export function EmbedPage({ viewId }: { viewId: ViewId }) {
  const { t } = useLocale();
  const view = VIEWS[viewId];
  useAutoResize(viewId);
  const query = useUrlQuery();
  return (
    <main className="page page--embed">
      <ViewFrame view={view} headingLevel={1}>
        <view.Component />
      </ViewFrame>
      <p className="embed-footer">
        <a href={`${SITE_ROOT}${query ? `?${query}` : ""}#view-${viewId}`} target="_blank" rel="noopener">
          {t("embed.openFull")}
        </a>
      </p>
    </main>
  );
}

/** Tells the host page our height, so an iframe can fit its content (see README, "Embedding"). */
function useAutoResize(view: ViewId) {
  useEffect(() => {
    if (window.parent === window) return;
    const post = () =>
      window.parent.postMessage({ type: "silk-road-ledger:resize", view, height: document.documentElement.scrollHeight }, "*");
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [view]);
}

/** What `/embed/` and an unknown `/embed/<name>` show: what went wrong, and the views there are. */
export function EmbedIndex({ requested }: { requested: string | null }) {
  const { t } = useLocale();
  // A name from the address bar is only ever shown as text, and shortened.
  const name = requested && requested.length > 40 ? `${requested.slice(0, 40)}…` : requested;
  return (
    <main className="page page--message">
      <h1>{name ? t("embed.unknown.title", { name }) : t("embed.unknown.none")}</h1>
      <p>{t("embed.unknown.body")}</p>
      <ul className="embed-list">
        {VIEW_IDS.map((id) => (
          <li key={id}>
            <a href={`${SITE_ROOT}embed/${id}/`}>
              <code>/embed/{id}</code>
            </a>{" "}
            — {t(VIEWS[id].titleKey)}
          </li>
        ))}
      </ul>
      <p>
        <a href={SITE_ROOT}>{t("notfound.home")}</a>
      </p>
    </main>
  );
}
