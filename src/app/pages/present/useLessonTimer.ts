import { useCallback, useSyncExternalStore } from "react";
import { elapsed, parseTimer, paused, reset, resumed, startedAt, type LessonTimer } from "./lessonTimer";

/** Where the timer is kept (this window's sessionStorage), so reloading the speaker view keeps the lesson's time. */
const STORAGE_KEY = "silk-road-ledger:lesson-timer";
/** How often the clock is read while the timer runs; the face changes once a second. */
const TICK_MS = 250;

interface Reading {
  timer: LessonTimer;
  /** The clock when last read. */
  now: number;
}

function load(now: number): LessonTimer {
  try {
    return parseTimer(sessionStorage.getItem(STORAGE_KEY)) ?? startedAt(now);
  } catch {
    // Storage can be switched off; the timer then lasts as long as the page.
    return startedAt(now);
  }
}

function save(timer: LessonTimer): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(timer));
  } catch {
    // As above: without storage, a reload starts the timer again.
  }
}

/**
 * The lesson timer as an external store: the clock is read when the first watcher subscribes (the timer
 * starts, or comes back from storage, then), by an interval while it runs, and when it is paused, resumed
 * or reset; never while rendering. Watchers hear of a change only when the whole seconds change.
 */
function createTimerStore() {
  let reading: Reading | null = null;
  let tick: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of listeners) listener();
  };
  const seconds = (r: Reading) => Math.floor(elapsed(r.timer, r.now) / 1000);
  return {
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      if (tick === undefined) {
        const now = Date.now();
        reading = { timer: reading?.timer ?? load(now), now };
        save(reading.timer);
        tick = setInterval(() => {
          if (!reading || reading.timer.since === null) return;
          const next = { ...reading, now: Date.now() };
          const changed = seconds(next) !== seconds(reading);
          reading = next;
          if (changed) emit();
        }, TICK_MS);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          clearInterval(tick);
          tick = undefined;
        }
      };
    },
    getSnapshot: (): Reading | null => reading,
    change(update: (timer: LessonTimer, now: number) => LessonTimer): void {
      if (!reading) return;
      const now = Date.now();
      reading = { timer: update(reading.timer, now), now };
      save(reading.timer);
      emit();
    },
  };
}

const store = createTimerStore();
const noReading = () => null;

export interface LessonTimerControls {
  /** Milliseconds since the lesson started, less the pauses; null until the page runs in a browser. */
  elapsed: number | null;
  running: boolean;
  pause: () => void;
  resume: () => void;
  reset: () => void;
}

/** The time since the lesson started (the speaker view opened), with pause, resume and reset. */
export function useLessonTimer(): LessonTimerControls {
  const reading = useSyncExternalStore(store.subscribe, store.getSnapshot, noReading);
  return {
    elapsed: reading ? elapsed(reading.timer, reading.now) : null,
    running: reading?.timer.since !== null,
    pause: useCallback(() => store.change(paused), []),
    resume: useCallback(() => store.change(resumed), []),
    reset: useCallback(() => store.change(reset), []),
  };
}
