// The speaker view's lesson timer as plain data: what it has counted, and whether it runs. Times are
// milliseconds of the wall clock (Date.now), so a timer kept in sessionStorage survives a reload.

export interface LessonTimer {
  /** Counted before the current run. */
  banked: number;
  /** When the current run started, or null while paused. */
  since: number | null;
}

/** A timer started at `now`. */
export const startedAt = (now: number): LessonTimer => ({ banked: 0, since: now });

/** How long the timer has counted by `now` (never negative, should the clock step back). */
export function elapsed({ banked, since }: LessonTimer, now: number): number {
  return banked + (since === null ? 0 : Math.max(0, now - since));
}

/** Paused at `now`, keeping what it counted; a paused timer stays as it is. */
export function paused(timer: LessonTimer, now: number): LessonTimer {
  return timer.since === null ? timer : { banked: elapsed(timer, now), since: null };
}

/** Running again from `now`; a running timer stays as it is. */
export function resumed(timer: LessonTimer, now: number): LessonTimer {
  return timer.since === null ? { ...timer, since: now } : timer;
}

/** Back to zero, still running or still paused. */
export function reset(timer: LessonTimer, now: number): LessonTimer {
  return { banked: 0, since: timer.since === null ? null : now };
}

/** Hours, minutes and seconds of a duration, whole, for a clock face. */
export function clockParts(ms: number): { hours: number; minutes: number; seconds: number } {
  const total = Math.floor(Math.max(0, ms) / 1000);
  return { hours: Math.floor(total / 3600), minutes: Math.floor(total / 60) % 60, seconds: total % 60 };
}

/** A timer read back from storage, or null for anything that is not one. */
export function parseTimer(text: string | null): LessonTimer | null {
  if (!text) return null;
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== "object" || data === null) return null;
    const { banked, since } = data as Record<string, unknown>;
    const isTime = (x: unknown): x is number => typeof x === "number" && Number.isFinite(x) && x >= 0;
    if (!isTime(banked) || !(since === null || isTime(since))) return null;
    return { banked, since };
  } catch {
    return null;
  }
}
