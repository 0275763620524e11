import { useLocale } from "../../lib/locale";
import { useOnline } from "./useOnline";

/** Why a data file could not be downloaded: offline in plain words, otherwise the browser's reason. */
export function NetworkReason({ reason }: { reason: string }) {
  const { t } = useLocale();
  const online = useOnline();
  return <>{online ? t("view.error.network", { reason }) : t("offline.data.offline")}</>;
}
