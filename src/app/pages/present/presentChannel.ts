import { useCallback, useEffect, useRef, useState } from "react";
import { useOnClient } from "../../../lib/useOnClient";
import { STORY } from "./story";

// The windows of one presentation (the audience's /present and the speaker view) keep to one step through
// a BroadcastChannel: same origin, same browser, no network and no server. Where the browser has no
// BroadcastChannel, each window works alone.

/**
 * What one window of a presentation tells the others. Nothing in a message is markup or code: a type
 * and, for some, a step number. A new kind is one more member here and one more reader in MESSAGE_READERS.
 */
export type PresentMessage =
  /** The sender now shows this step. */
  | { type: "step"; step: number }
  /** A predict-then-reveal step's answer was revealed (by its button or R, in either window). */
  | { type: "reveal"; step: number }
  /** A speaker view has opened: the audience answers with its step. */
  | { type: "hello" };

export type PresentMessageType = PresentMessage["type"];

/** Which window this is: the audience's answers a hello; the speaker view says hello when it opens. */
export type PresentRole = "audience" | "speaker";

/** The channel's name: scoped to the site's base path, so two sites on one origin never hear each other. */
export function channelName(base: string): string {
  return `silk-road-ledger:present:${base}`;
}

/** A record with exactly these keys, and a plain object (not an array, a date, a class instance). */
function isRecordOf(data: unknown, keys: readonly string[]): data is Record<string, unknown> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return false;
  const proto: unknown = Object.getPrototypeOf(data);
  if (proto !== Object.prototype && proto !== null) return false;
  const own = Object.keys(data);
  return own.length === keys.length && keys.every((k) => Object.hasOwn(data, k));
}

const isStep = (value: unknown, total: number): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= total;

/** Each message type's reader: the message, validated, or null. */
const MESSAGE_READERS: { [T in PresentMessageType]: (data: unknown, total: number) => Extract<PresentMessage, { type: T }> | null } = {
  step: (data, total) => (isRecordOf(data, ["type", "step"]) && isStep(data.step, total) ? { type: "step", step: data.step } : null),
  hello: (data) => (isRecordOf(data, ["type"]) ? { type: "hello" } : null),
  reveal: (data, total) => (isRecordOf(data, ["type", "step"]) && isStep(data.step, total) ? { type: "reveal", step: data.step } : null),
};

/**
 * Reads a message from another window: a known `type` with exactly its fields, and a step from 1 to
 * `total`. Anything else (another site's message, a malformed or hostile one) is null and ignored.
 */
export function parsePresentMessage(data: unknown, total: number): PresentMessage | null {
  if (typeof data !== "object" || data === null || !("type" in data) || typeof data.type !== "string") return null;
  if (!Object.hasOwn(MESSAGE_READERS, data.type)) return null;
  return MESSAGE_READERS[data.type as PresentMessageType](data, total);
}

/** Decides, step by step, what a window follows and what it tells the others. */
export interface StepSync {
  /** Another window shows step `n`: true when this window should move there. */
  receive(n: number): boolean;
  /** This window now shows step `n`: true when it should tell the others. */
  show(n: number): boolean;
  /** This window shows step `n` from the start (the address's, once a prerendered page has hydrated): nothing to tell. */
  settle(n: number): void;
}

/**
 * The echo guard. A window that moves because another told it to does not tell the others, or two windows
 * would answer each other for ever (and a quick second move could be pulled back by the echo of the first).
 * The change a window shows next after following a message is that message's; each message is its own
 * task, and React renders and runs effects between them, so no local move comes in between.
 */
export function stepSync(initial: number): StepSync {
  let shown = initial;
  let following = false;
  return {
    receive(n) {
      if (n === shown) return false;
      following = true;
      return true;
    },
    settle(n) {
      shown = n;
    },
    show(n) {
      if (n === shown) return false;
      shown = n;
      if (following) {
        following = false;
        return false;
      }
      return true;
    },
  };
}

/** Opens the presentation's channel, or null where the browser has none. */
function openChannel(): BroadcastChannel | null {
  return typeof BroadcastChannel === "undefined" ? null : new BroadcastChannel(channelName(import.meta.env.BASE_URL));
}

/**
 * Keeps this window's step (`current`) and the other windows' in step: a move here is sent to them, a move
 * there comes here through `goTo`. The speaker view (`role: "speaker"`) says hello when it opens, and the
 * audience's window answers with its step, so a speaker view opened late catches up. A reveal on a
 * predict step is told the same way: `onReveal` hears another window's, and the returned function tells
 * the others of this window's.
 */
export function usePresentChannel(
  current: number,
  goTo: (n: number) => void,
  role: PresentRole = "audience",
  onReveal?: (step: number) => void,
): (step: number) => void {
  // The latest step and handlers, for the message handler, which lives as long as the channel does.
  const latest = useRef({ current, goTo, onReveal });
  useEffect(() => {
    latest.current = { current, goTo, onReveal };
  });
  const [sync] = useState(() => stepSync(current));
  const channel = useRef<BroadcastChannel | null>(null);
  // A prerendered page hydrates on the default step, then takes the address's: that is not a move to tell.
  const onClient = useOnClient();
  useEffect(() => {
    if (onClient) sync.settle(latest.current.current);
  }, [onClient, sync]);

  useEffect(() => {
    const opened = openChannel();
    if (!opened) return;
    channel.current = opened;
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = parsePresentMessage(event.data, STORY.length);
      if (message?.type === "hello") {
        if (role === "audience") opened.postMessage({ type: "step", step: latest.current.current } satisfies PresentMessage);
      } else if (message?.type === "step" && sync.receive(message.step)) {
        latest.current.goTo(message.step);
      } else if (message?.type === "reveal") {
        latest.current.onReveal?.(message.step);
      }
    };
    if (role === "speaker") opened.postMessage({ type: "hello" } satisfies PresentMessage);
    return () => {
      channel.current = null;
      opened.close();
    };
  }, [role, sync]);

  useEffect(() => {
    if (sync.show(current)) channel.current?.postMessage({ type: "step", step: current } satisfies PresentMessage);
  }, [current, sync]);

  return useCallback((step: number) => channel.current?.postMessage({ type: "reveal", step } satisfies PresentMessage), []);
}
