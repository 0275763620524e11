import { act, Suspense, useState } from "react";
import { hydrateRoot } from "react-dom/client";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { holdHydration } from "./hydration";
import { HydrationHold } from "./HydrationHold";

function Counter() {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((n) => n + 1)}>
      {`Clicked ${count} times`}
    </button>
  );
}

const held = (id: string) => (
  <Suspense fallback={<p>Loading</p>}>
    <HydrationHold id={id} />
    <Counter />
  </Suspense>
);

afterEach(() => document.body.replaceChildren());

describe("HydrationHold", () => {
  it("keeps a part as prerendered, untouched, until its hold lets go, then hydrates it in place", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(held("part"));
    document.body.append(container);
    const button = container.querySelector("button")!;

    let want = () => {};
    const wanted = new Promise<void>((resolve) => (want = resolve));
    let prepared = false;
    holdHydration("part", wanted, async () => {
      prepared = true;
    });
    await act(async () => {
      hydrateRoot(container, held("part"));
    });
    // Held: the server's markup stays (no loading state in its place) and does not answer yet.
    expect(container.textContent).toBe("Clicked 0 times");
    await act(async () => button.click());
    expect(container.textContent).toBe("Clicked 0 times");
    expect(prepared).toBe(false);

    await act(async () => want());
    expect(prepared).toBe(true);
    // The same element, now answering.
    expect(container.querySelector("button")).toBe(button);
    await act(async () => button.click());
    expect(container.textContent).toBe("Clicked 1 times");
  });

  it("renders at once where nothing is held", async () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(held("free"));
    document.body.append(container);
    await act(async () => {
      hydrateRoot(container, held("free"));
    });
    await act(async () => container.querySelector("button")!.click());
    expect(container.textContent).toBe("Clicked 1 times");
  });
});
