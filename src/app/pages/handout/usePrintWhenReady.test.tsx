import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";
import { usePrintWhenReady } from "./usePrintWhenReady";

function Toolbar({ ready }: { ready: boolean }) {
  const [print, waiting] = usePrintWhenReady(ready);
  return (
    <>
      <button type="button" onClick={print}>
        Print
      </button>
      <p role="status">{waiting ? "Preparing" : ""}</p>
    </>
  );
}

describe("usePrintWhenReady", () => {
  afterEach(() => vi.restoreAllMocks());

  it("prints at once when every step is drawn", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    render(<Toolbar ready />);
    await userEvent.click(screen.getByRole("button", { name: "Print" }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("waits for the steps to be drawn, saying so, then opens the dialog once", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const { rerender } = render(<Toolbar ready={false} />);
    await userEvent.click(screen.getByRole("button", { name: "Print" }));
    expect(screen.getByRole("status")).toHaveTextContent("Preparing");
    expect(print).not.toHaveBeenCalled();
    rerender(<Toolbar ready />);
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(screen.getByRole("status")).toHaveTextContent("");
    // Nothing more opens it again by itself.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("waits for Ctrl+P as for the button, and leaves the browser's own dialog alone", async () => {
    const print = vi.spyOn(window, "print").mockImplementation(() => {});
    const { rerender } = render(<Toolbar ready={false} />);
    const event = new KeyboardEvent("keydown", { key: "p", ctrlKey: true, cancelable: true });
    act(() => void window.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(true);
    expect(screen.getByRole("status")).toHaveTextContent("Preparing");
    rerender(<Toolbar ready />);
    await vi.waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    // Once drawn, Ctrl+P is the browser's.
    const later = new KeyboardEvent("keydown", { key: "p", ctrlKey: true, cancelable: true });
    act(() => void window.dispatchEvent(later));
    expect(later.defaultPrevented).toBe(false);
  });
});
