import { act, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../../tests/renderApp";
import { DataError } from "../../data/DataError";
import { ViewError } from "../ViewError";
import { ChunkLoadError } from "./chunkLoadError";

const RAW = "Failed to fetch dynamically imported module: http://localhost/assets/TradeView-abc.js";
const chunkError = (replaced: boolean) => new ChunkLoadError({ replaced, reset: () => {}, cause: new TypeError(RAW) });

/** Sets what navigator.onLine says, and tells the page as the browser does. */
function goOnline(online: boolean) {
  vi.spyOn(navigator, "onLine", "get").mockReturnValue(online);
  act(() => void window.dispatchEvent(new Event(online ? "online" : "offline")));
}

afterEach(() => vi.restoreAllMocks());

describe("a view whose code or data could not be downloaded", () => {
  it("says so in a sentence with a Retry, never with the browser's message", () => {
    renderApp(<ViewError viewTitle="Bilateral trade" error={chunkError(false)} retry={() => {}} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Bilateral trade could not be shown");
    expect(alert).toHaveTextContent("Its files could not be downloaded. Check the connection and retry.");
    expect(alert).not.toHaveTextContent("dynamically imported");
    expect(screen.getByRole("button", { name: "Retry" })).toBeInTheDocument();
  });

  it("says the device is offline when it is, and changes its words when the network comes and goes", () => {
    renderApp(<ViewError viewTitle="Bilateral trade" error={chunkError(false)} retry={() => {}} />);
    goOnline(false);
    expect(screen.getByRole("alert")).toHaveTextContent("This device is offline, and its files were not saved on it yet.");
    goOnline(true);
    expect(screen.getByRole("alert")).toHaveTextContent("could not be downloaded. Check the connection and retry.");
  });

  it("says the site was updated when the file is gone", () => {
    renderApp(<ViewError viewTitle="Bilateral trade" error={chunkError(true)} retry={() => {}} />);
    expect(screen.getByRole("alert")).toHaveTextContent("The site has been updated since this page was opened");
  });

  it("says a data file could not be downloaded because the device is offline, in words", () => {
    renderApp(
      <ViewError viewTitle="Bilateral trade" error={new DataError("network", "data/trade.json", "", "Failed to fetch")} retry={() => {}} />,
    );
    expect(screen.getByRole("alert")).toHaveTextContent("The file could not be downloaded (Failed to fetch).");
    goOnline(false);
    expect(screen.getByRole("alert")).toHaveTextContent("This device is offline, and the file was not saved on it yet.");
    expect(screen.getByRole("alert")).toHaveTextContent("data/trade.json");
  });
});
