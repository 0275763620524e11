import { describe, expect, it, vi } from "vitest";
import { ChunkLoadError, failedUrl, isChunkLoadFailure, loadFailureKind, retryLoad } from "./chunkLoadError";

const CHROMIUM = new TypeError("Failed to fetch dynamically imported module: https://site.example/ledger/assets/TradeView-abc.js");
const FIREFOX = new TypeError("error loading dynamically imported module: https://site.example/ledger/assets/TradeView-abc.js");
const SAFARI = new TypeError("Importing a module script failed.");
const VITE_CSS = new Error("Unable to preload CSS for https://site.example/ledger/assets/TradeView-abc.css");

const failure = (replaced: boolean, reset = () => {}) => new ChunkLoadError({ replaced, reset, cause: CHROMIUM });

describe("isChunkLoadFailure", () => {
  it("knows each browser's words, and Vite's, for a download that failed", () => {
    for (const error of [CHROMIUM, FIREFOX, SAFARI, VITE_CSS]) expect(isChunkLoadFailure(error)).toBe(true);
  });

  it("leaves a bug in the loaded code, and things that are not errors, alone", () => {
    expect(isChunkLoadFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(false);
    expect(isChunkLoadFailure("Failed to fetch dynamically imported module")).toBe(false);
    expect(isChunkLoadFailure(null)).toBe(false);
  });
});

describe("failedUrl", () => {
  it("reads the address a failure names", () => {
    expect(failedUrl(CHROMIUM)).toBe("https://site.example/ledger/assets/TradeView-abc.js");
    expect(failedUrl(FIREFOX)).toBe("https://site.example/ledger/assets/TradeView-abc.js");
    expect(failedUrl(VITE_CSS)).toBe("https://site.example/ledger/assets/TradeView-abc.css");
  });

  it("is null when the failure names none", () => {
    expect(failedUrl(SAFARI)).toBeNull();
    expect(failedUrl(undefined)).toBeNull();
  });
});

describe("loadFailureKind", () => {
  it("says offline first, then whether a new deployment replaced the file", () => {
    expect(loadFailureKind(failure(false), false)).toBe("offline");
    expect(loadFailureKind(failure(true), false)).toBe("offline");
    expect(loadFailureKind(failure(true), true)).toBe("replaced");
    expect(loadFailureKind(failure(false), true)).toBe("failed");
  });
});

describe("retryLoad", () => {
  it("loads the code again in place when the file may still come", () => {
    const reset = vi.fn();
    const retry = vi.fn();
    const reload = vi.fn();
    retryLoad(failure(false, reset), retry, reload);
    expect(reset).toHaveBeenCalledOnce();
    expect(retry).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
  });

  it("reloads the page when a new deployment replaced the file", () => {
    const reset = vi.fn();
    const retry = vi.fn();
    const reload = vi.fn();
    retryLoad(failure(true, reset), retry, reload);
    expect(reload).toHaveBeenCalledOnce();
    expect(retry).not.toHaveBeenCalled();
  });
});
