import { describe, expect, it, vi } from "vitest";
import { createOfflineStore, INITIAL_OFFLINE_STATE } from "./offlineStore";

describe("createOfflineStore", () => {
  it("starts with nothing saved and no update, and tells its listeners of each change once", () => {
    const store = createOfflineStore();
    expect(store.get()).toEqual(INITIAL_OFFLINE_STATE);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ ready: true });
    store.set({ ready: true });
    expect(store.get()).toEqual({ ready: true, updateWaiting: false });
    expect(listener).toHaveBeenCalledOnce();
    unsubscribe();
    store.set({ updateWaiting: true });
    expect(listener).toHaveBeenCalledOnce();
  });

  it("applies an update only when one waits", () => {
    const store = createOfflineStore();
    const apply = vi.fn();
    store.onApplyUpdate(apply);
    store.applyUpdate();
    expect(apply).not.toHaveBeenCalled();
    store.set({ updateWaiting: true });
    store.applyUpdate();
    expect(apply).toHaveBeenCalledOnce();
  });
});
