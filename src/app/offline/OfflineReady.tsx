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
      {/* Its room is kept from the first paint (the words, unseen), so the bar does not grow when they show: on a
          screen where they take a line of their own, that moved the whole slide down. */}
      <p className="offline-ready">
        <span className="offline-ready__room" aria-hidden="true">
          {t("offline.ready")}
        </span>
        <span className="offline-ready__status" role="status">
          {ready ? t("offline.ready") : ""}
        </span>
      </p>
      <UpdateNotice store={store} inline />
    </>
  );
}
