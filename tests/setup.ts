import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// A whole page (the dashboard draws four views) can take more than the default second to settle
// on a busy two-core machine; waiting longer only costs time when a test is failing anyway.
configure({ asyncUtilTimeout: 5000 });

// jsdom has no modal dialogs: the embed builder's <dialog> opens and closes as a browser's would,
// without the focus trap and backdrop (the end-to-end tests check those in Chromium).
if (typeof HTMLDialogElement !== "undefined" && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
}

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});
