import type { Theme } from "./urlState";

/** Applies a theme to the document: "auto" follows prefers-color-scheme through CSS. */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === "auto") delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** Sets <html lang dir> for the active language. */
export function applyLanguage(lang: string, dir: "ltr" | "rtl", root: HTMLElement = document.documentElement): void {
  root.lang = lang;
  root.dir = dir;
}
