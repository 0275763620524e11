import { useLocale } from "../../lib/locale";
import { offlineStore, type OfflineStore } from "./offlineStore";
import { UpdateNotice } from "./UpdateNotice";
import { useOfflineState } from "./useOfflineState";
import "./offline.css";

/**
 * The presentation's offline status, for its bar: "Ready offline", quietly, once the whole site is saved on this
 * device (nothing until then), and the update notice in the bar's line, where it covers nothing.
 */
export function OfflineReady({ store = offlineStore }: { store?: OfflineStore }) {
  const { t } = useLocale();
  const { ready } = useOfflineState(store);
  return (
    <>
      {ready && (
        <p className="offline-ready" role="status">
          {t("offline.ready")}
        </p>
      )}
      <UpdateNotice store={store} inline />
    </>
  );
}
