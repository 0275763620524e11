import { pageAddress } from "../../../lib/pageAddress";
import { parseState, serializeState, SHARED_URL_KEYS } from "../../../lib/urlState";
import { URL_OPTIONS } from "../../../lib/useUrlState";

/** The speaker view's window name: a second press finds the window the first one opened. */
const WINDOW_NAME = "silk-road-ledger-speaker";
/** A window of its own (not a tab beside a full-screen presentation), sized for a laptop's screen. */
const WINDOW_FEATURES = "popup,width=1280,height=800";

/** The speaker view's address for step `step`, keeping the language and theme of the page's `search`. */
export function speakerViewUrl(base: string, search: string, step: number): string {
  const { lang, theme } = parseState(SHARED_URL_KEYS, search, URL_OPTIONS);
  return pageAddress(base, "present/speaker/", serializeState(SHARED_URL_KEYS, { lang, theme, year: null, step }, URL_OPTIONS));
}

let speakerWindow: Window | null = null;

/** Opens the speaker view on step `step` in a window of its own, or brings forward the one already open. */
export function openSpeakerView(step: number): void {
  if (speakerWindow && !speakerWindow.closed) {
    speakerWindow.focus();
    return;
  }
  speakerWindow = window.open(speakerViewUrl(import.meta.env.BASE_URL, window.location.search, step), WINDOW_NAME, WINDOW_FEATURES);
  speakerWindow?.focus();
}
