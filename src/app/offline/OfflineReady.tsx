import { useLocale } from "../../lib/locale";
import { useOfflineState } from "./useOfflineState";
import "./offline.css";

/** "Ready offline", quietly, once the whole site is saved on this device; an empty status until then. */
export function OfflineReady() {
  const { t } = useLocale();
  const { ready } = useOfflineState();
  return (
    <p className="offline-ready" role="status">
      {ready ? t("offline.ready") : null}
    </p>
  );
}
