import { act, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { createOfflineStore } from "./offlineStore";
import { OfflineReady } from "./OfflineReady";
import { UpdateNotice } from "./UpdateNotice";

describe("UpdateNotice", () => {
  it("shows nothing until a new version waits, then offers Reload, which applies it", () => {
    const store = createOfflineStore();
    const apply = vi.fn();
    store.onApplyUpdate(apply);
    renderApp(<UpdateNotice store={store} />);
    expect(screen.queryByRole("complementary", { name: "Update" })).toBeNull();

    act(() => store.set({ updateWaiting: true }));
    const notice = screen.getByRole("complementary", { name: "Update" });
    expect(notice).toHaveTextContent("A new version is available.");
    expect(apply).not.toHaveBeenCalled();
    act(() => screen.getByRole("button", { name: "Reload" }).click());
    expect(apply).toHaveBeenCalledOnce();
  });

  it("goes away on Not now, without applying the update", () => {
    const store = createOfflineStore();
    const apply = vi.fn();
    store.onApplyUpdate(apply);
    store.set({ updateWaiting: true });
    renderApp(<UpdateNotice store={store} />);
    act(() => screen.getByRole("button", { name: "Not now" }).click());
    expect(screen.queryByRole("complementary", { name: "Update" })).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });
});

describe("OfflineReady", () => {
  it("says nothing until the site is saved, then Ready offline, as a status", () => {
    const store = createOfflineStore();
    renderApp(<OfflineReady store={store} />);
    expect(screen.getByRole("status").textContent).toBe("");
    act(() => store.set({ ready: true }));
    expect(screen.getByRole("status")).toHaveTextContent("Ready offline");
  });

  it("holds the update notice in its own line, not floating over the page", () => {
    const store = createOfflineStore();
    store.set({ ready: true, updateWaiting: true });
    renderApp(<OfflineReady store={store} />);
    const notice = screen.getByRole("complementary", { name: "Update" });
    expect(notice).toHaveClass("update-notice--inline");
    expect(notice).toHaveTextContent("A new version is available.");
  });
});
