/** What the service worker has told the page. */
export interface OfflineState {
  /** The worker has saved the whole site: every page opens with no network. */
  ready: boolean;
  /** A new version is installed and waits until the reader chooses to reload. */
  updateWaiting: boolean;
}

export const INITIAL_OFFLINE_STATE: OfflineState = { ready: false, updateWaiting: false };

export interface OfflineStore {
  get: () => OfflineState;
  subscribe: (listener: () => void) => () => void;
  set: (patch: Partial<OfflineState>) => void;
  /** Sets what "Reload" does: activate the waiting version, then reload once it has taken over. */
  onApplyUpdate: (apply: () => void) => void;
  /** The reader chose to reload into the new version; nothing happens without a waiting version. */
  applyUpdate: () => void;
}

/** A small external store (for useSyncExternalStore): the worker's news, kept outside React so it outlives any page. */
export function createOfflineStore(): OfflineStore {
  let state = INITIAL_OFFLINE_STATE;
  let apply: (() => void) | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(patch) {
      const next = { ...state, ...patch };
      if (next.ready === state.ready && next.updateWaiting === state.updateWaiting) return;
      state = next;
      for (const listener of listeners) listener();
    },
    onApplyUpdate(fn) {
      apply = fn;
    },
    applyUpdate() {
      if (state.updateWaiting) apply?.();
    },
  };
}

/** The page's one store, fed by registerServiceWorker.ts. */
export const offlineStore = createOfflineStore();
