import { useState } from "react";
import { useLocale } from "../../lib/locale";
import { offlineStore, type OfflineStore } from "./offlineStore";
import { useOfflineState } from "./useOfflineState";
import "./offline.css";

/** A small notice in a corner when a new version waits: the page reloads only if the reader chooses to. */
export function UpdateNotice({ store = offlineStore }: { store?: OfflineStore }) {
  const { t } = useLocale();
  const { updateWaiting } = useOfflineState(store);
  const [dismissed, setDismissed] = useState(false);
  if (!updateWaiting || dismissed) return null;
  return (
    <aside className="update-notice" aria-label={t("offline.update.label")}>
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
