import { useLocale } from "../../lib/locale";
import { loadFailureKind, type ChunkLoadError } from "./chunkLoadError";
import { useOnline } from "./useOnline";

const SENTENCE = { offline: "offline.load.offline", replaced: "offline.load.replaced", failed: "offline.load.failed" } as const;

/** Why a part of the page is missing, in one sentence: offline, replaced by a new version, or not downloaded. */
export function LoadFailureText({ error }: { error: ChunkLoadError }) {
  const { t } = useLocale();
  const online = useOnline();
  return <p>{t(SENTENCE[loadFailureKind(error, online)])}</p>;
}
