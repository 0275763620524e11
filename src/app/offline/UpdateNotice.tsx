import { useState } from "react";
import { useLocale } from "../../lib/locale";
import { offlineStore, type OfflineStore } from "./offlineStore";
import { useOfflineState } from "./useOfflineState";
import "./offline.css";

interface Props {
  store?: OfflineStore;
  /** In a page's own bar (the presentation's), in the flow of its line, rather than floating in a corner. */
  inline?: boolean;
}

/** A small notice when a new version waits: the page reloads only if the reader chooses to. */
export function UpdateNotice({ store = offlineStore, inline = false }: Props) {
  const { t } = useLocale();
  const { updateWaiting } = useOfflineState(store);
  const [dismissed, setDismissed] = useState(false);
  if (!updateWaiting || dismissed) return null;
  return (
    <aside className={inline ? "update-notice update-notice--inline" : "update-notice"} aria-label={t("offline.update.label")}>
      <p className="update-notice__text" role="status">
        {t("offline.update")}
      </p>
      <button type="button" className="button update-notice__button" onClick={() => store.applyUpdate()}>
        {t("offline.update.reload")}
      </button>
      <button type="button" className="button update-notice__button" onClick={() => setDismissed(true)}>
        {t("offline.update.dismiss")}
      </button>
    </aside>
  );
}
