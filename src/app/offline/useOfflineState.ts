import { useSyncExternalStore } from "react";
import { INITIAL_OFFLINE_STATE, offlineStore, type OfflineState, type OfflineStore } from "./offlineStore";

/** Whether the site is saved for offline use and whether a new version waits; on the server, neither. */
export function useOfflineState(store: OfflineStore = offlineStore): OfflineState {
  return useSyncExternalStore(store.subscribe, store.get, () => INITIAL_OFFLINE_STATE);
}
