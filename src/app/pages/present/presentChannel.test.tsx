import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { channelName, parsePresentMessage, stepSync, usePresentChannel, type PresentRole } from "./presentChannel";
import { STORY } from "./story";

const TOTAL = STORY.length;

describe("parsePresentMessage", () => {
  it("reads a step in range and a hello", () => {
    expect(parsePresentMessage({ type: "step", step: 2 }, 9)).toEqual({ type: "step", step: 2 });
    expect(parsePresentMessage({ type: "step", step: 9 }, 9)).toEqual({ type: "step", step: 9 });
    expect(parsePresentMessage({ type: "hello" }, 9)).toEqual({ type: "hello" });
    expect(parsePresentMessage(Object.assign(Object.create(null) as object, { type: "hello" }), 9)).toEqual({ type: "hello" });
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["a string", "step"],
    ["JSON text", '{"type":"step","step":2}'],
    ["a number", 2],
    ["an array", ["step", 2]],
    ["no type", { step: 2 }],
    ["a type that is not a string", { type: 1, step: 2 }],
    ["an unknown type", { type: "reveal", step: 2 }],
    ["another site's message", { type: "silk-road-ledger:set", state: { step: 2 } }],
    ["a name inherited by every object", { type: "toString" }],
    ["a prototype key", { type: "__proto__" }],
    ["step zero", { type: "step", step: 0 }],
    ["a step past the end", { type: "step", step: 10 }],
    ["a negative step", { type: "step", step: -1 }],
    ["a fractional step", { type: "step", step: 2.5 }],
    ["a step as text", { type: "step", step: "2" }],
    ["NaN", { type: "step", step: Number.NaN }],
    ["Infinity", { type: "step", step: Number.POSITIVE_INFINITY }],
    ["a step with markup beside it", { type: "step", step: 2, html: '<img src=x onerror="alert(1)">' }],
    ["a hello with a payload", { type: "hello", script: "alert(1)" }],
    ["a step without its number", { type: "step" }],
    ["a date", new Date(0)],
    ["a map", new Map([["type", "hello"]])],
  ])("ignores %s", (_name, data) => {
    expect(parsePresentMessage(data, 9)).toBeNull();
  });
});

describe("stepSync: the echo guard", () => {
  it("tells the others of a move made here, and not of the step it opened on", () => {
    const sync = stepSync(1);
    expect(sync.show(1)).toBe(false);
    expect(sync.show(2)).toBe(true);
    expect(sync.show(3)).toBe(true);
  });

  it("follows another window's move without sending it back", () => {
    const sync = stepSync(1);
    expect(sync.receive(4)).toBe(true);
    expect(sync.show(4)).toBe(false);
    // The next move is this window's own again.
    expect(sync.show(5)).toBe(true);
    // A message for the step already shown asks nothing.
    expect(sync.receive(5)).toBe(false);
    expect(sync.show(6)).toBe(true);
  });

  it("two windows driven by one reach the same step and then fall silent", () => {
    const a = stepSync(1);
    const b = stepSync(1);
    const sent: string[] = [];
    let stepA = 1;
    let stepB = 1;
    // Each window shows a step, and sends what its guard lets through to the other.
    const showA = (n: number) => {
      stepA = n;
      if (a.show(n)) {
        sent.push(`A:${n}`);
        if (b.receive(n)) showB(n);
      }
    };
    const showB = (n: number) => {
      stepB = n;
      if (b.show(n)) {
        sent.push(`B:${n}`);
        if (a.receive(n)) showA(n);
      }
    };
    showA(2);
    showA(3);
    showB(2);
    expect([stepA, stepB]).toEqual([2, 2]);
    expect(sent).toEqual(["A:2", "A:3", "B:2"]);
  });
});

/** A window of the presentation: its step, moved by its buttons or by the channel. */
function Window({ role, initial = 1 }: { role: PresentRole; initial?: number }) {
  const [step, setStep] = useState(initial);
  usePresentChannel(step, setStep, role);
  return (
    <section aria-label={role}>
      <p>{`${role} at ${step}`}</p>
      <button type="button" onClick={() => setStep((n) => Math.min(TOTAL, n + 1))}>
        {`${role} next`}
      </button>
    </section>
  );
}

describe("usePresentChannel", () => {
  const channels: BroadcastChannel[] = [];
  /** A channel of the test's own on the presentation's name: what another window would send. */
  const outsider = () => {
    const channel = new BroadcastChannel(channelName(import.meta.env.BASE_URL));
    channels.push(channel);
    return channel;
  };
  afterEach(() => {
    for (const c of channels.splice(0)) c.close();
    vi.unstubAllGlobals();
  });

  it("moves the speaker view with the audience's window and the audience's with the speaker view, without echoes", async () => {
    const post = vi.spyOn(BroadcastChannel.prototype, "postMessage");
    const steps = () => post.mock.calls.map(([m]) => m as { type: string; step?: number }).filter((m) => m.type === "step");
    render(
      <>
        <Window role="audience" />
        <Window role="speaker" />
      </>,
    );
    await userEvent.click(screen.getByRole("button", { name: "audience next" }));
    expect(await screen.findByText("speaker at 2")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "speaker next" }));
    expect(await screen.findByText("audience at 3")).toBeInTheDocument();
    expect(screen.getByText("speaker at 3")).toBeInTheDocument();
    // The audience's answer to the speaker view's hello, then one message per move: neither window sent
    // back what it was told.
    expect(steps()).toEqual([
      { type: "step", step: 1 },
      { type: "step", step: 2 },
      { type: "step", step: 3 },
    ]);
  });

  it("answers a speaker view that opens late with the audience's step", async () => {
    const { rerender } = render(<Window role="audience" initial={4} />);
    rerender(
      <>
        <Window role="audience" initial={4} />
        <Window role="speaker" initial={1} />
      </>,
    );
    expect(await screen.findByText("speaker at 4")).toBeInTheDocument();
    expect(screen.getByText("audience at 4")).toBeInTheDocument();
  });

  it("ignores hostile and malformed messages, and follows a well-formed one", async () => {
    render(<Window role="audience" />);
    const other = outsider();
    for (const data of [
      { type: "step", step: 99 },
      { type: "step", step: "3" },
      { type: "step", step: 3, html: "<b>x</b>" },
      "step:3",
      null,
    ]) {
      other.postMessage(data);
    }
    other.postMessage({ type: "step", step: 3 });
    // Messages arrive in order: once the good one is shown, every bad one before it was read and ignored.
    expect(await screen.findByText("audience at 3")).toBeInTheDocument();
    expect(screen.queryByText(/audience at (99|1)$/)).toBeNull();
  });

  it("keeps to its own channel: another base path's presentation is not heard", async () => {
    render(<Window role="audience" />);
    const elsewhere = new BroadcastChannel(channelName("/other-site/"));
    const probe = new BroadcastChannel(channelName("/other-site/"));
    channels.push(elsewhere, probe);
    const heard = new Promise((resolve) => (probe.onmessage = resolve));
    elsewhere.postMessage({ type: "step", step: 5 });
    await act(() => heard);
    expect(screen.getByText("audience at 1")).toBeInTheDocument();
    outsider().postMessage({ type: "step", step: 2 });
    expect(await screen.findByText("audience at 2")).toBeInTheDocument();
  });

  it("works alone where the browser has no BroadcastChannel", async () => {
    vi.stubGlobal("BroadcastChannel", undefined);
    render(<Window role="speaker" />);
    await act(() => userEvent.click(screen.getByRole("button", { name: "speaker next" })));
    expect(screen.getByText("speaker at 2")).toBeInTheDocument();
  });
});
