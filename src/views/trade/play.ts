/** How long each year stays on screen while playing. */
export const PLAY_STEP_MS = 450;

export interface PlayState {
  playing: boolean;
  /** The last year drawn; null when the whole series shows. */
  year: number | null;
}

/** `play` and `pause` are toggle's two halves, for a presentation that starts and leaves the slide. */
export type PlayAction = { type: "toggle" } | { type: "play" } | { type: "pause" } | { type: "tick" } | { type: "stop" };

export const PLAY_IDLE: PlayState = { playing: false, year: null };

/**
 * Play draws the series one year at a time. Toggle starts (from the first year, or where it was
 * paused) and pauses; ticks advance one year; after the last year the whole series shows again.
 */
export function playReducer(state: PlayState, action: PlayAction, years: readonly number[]): PlayState {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return PLAY_IDLE;
  switch (action.type) {
    case "toggle":
      return playReducer(state, { type: state.playing ? "pause" : "play" }, years);
    case "play":
      if (state.playing) return state;
      return { playing: true, year: state.year === null || state.year >= last ? first : state.year };
    case "pause":
      return state.playing ? { ...state, playing: false } : state;
    case "tick": {
      if (!state.playing || state.year === null) return state;
      const next = years.find((y) => y > (state.year ?? first));
      return next === undefined ? PLAY_IDLE : { playing: true, year: next };
    }
    case "stop":
      return PLAY_IDLE;
  }
}
