import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { describe, expect, it, vi } from "vitest";
import { ErrorBoundary } from "../ErrorBoundary";
import { ChunkLoadError, retryLoad } from "./chunkLoadError";
import { retryableLazy } from "./retryableLazy";

const FAILED = () => new TypeError("Failed to fetch dynamically imported module: http://localhost/assets/Page-abc.js");
const Page = ({ name }: { name: string }) => <p>Hello, {name}</p>;

/** Renders the lazy component inside a boundary whose fallback shows the error and a Retry. */
function renderLazy(Lazy: ReturnType<typeof retryableLazy<{ name: string }>>) {
  const reload = vi.fn();
  render(
    <ErrorBoundary
      fallback={(error, retry) => (
        <div role="alert">
          <p>{error instanceof ChunkLoadError ? `chunk replaced=${error.replaced}` : error.message}</p>
          <button type="button" onClick={() => (error instanceof ChunkLoadError ? retryLoad(error, retry, reload) : retry())}>
            Retry
          </button>
        </div>
      )}
    >
      <Suspense fallback={<p>Loading</p>}>
        <Lazy name="Almaty" />
      </Suspense>
    </ErrorBoundary>,
    { onCaughtError: () => {} },
  );
  return { reload };
}

describe("retryableLazy", () => {
  it("renders the loaded component with its props", async () => {
    const Lazy = retryableLazy(() => Promise.resolve(Page));
    renderLazy(Lazy);
    expect(await screen.findByText("Hello, Almaty")).toBeInTheDocument();
  });

  it("turns a failed download into a ChunkLoadError, and loads again only when Retry asks", async () => {
    const load = vi.fn<() => Promise<typeof Page>>().mockRejectedValueOnce(FAILED()).mockResolvedValue(Page);
    const Lazy = retryableLazy(load, () => Promise.resolve(false));
    renderLazy(Lazy);
    expect(await screen.findByText("chunk replaced=false")).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
    await act(async () => screen.getByRole("button", { name: "Retry" }).click());
    expect(await screen.findByText("Hello, Almaty")).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("asks the server whether the file is gone, and then Retry reloads the page", async () => {
    const gone = vi.fn(() => Promise.resolve(true));
    const load = vi.fn<() => Promise<typeof Page>>().mockRejectedValue(FAILED());
    const Lazy = retryableLazy(load, gone);
    const { reload } = renderLazy(Lazy);
    expect(await screen.findByText("chunk replaced=true")).toBeInTheDocument();
    expect(gone).toHaveBeenCalledWith("http://localhost/assets/Page-abc.js");
    screen.getByRole("button", { name: "Retry" }).click();
    expect(reload).toHaveBeenCalledOnce();
    expect(load).toHaveBeenCalledOnce();
  });

  it("passes any other failure through as it is", async () => {
    const Lazy = retryableLazy<{ name: string }>(() => Promise.reject(new Error("a bug in the page")));
    renderLazy(Lazy);
    expect(await screen.findByText("a bug in the page")).toBeInTheDocument();
  });
});
