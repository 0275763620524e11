import { existsSync } from "node:fs";

/** Where Chromium is: CHROME_PATH, else Debian's package. */
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Flags for a headless Chromium on a closed network (no background calls to Google's hosts). */
export const CHROME_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const chromiumAvailable = (): boolean => existsSync(CHROME_PATH);
