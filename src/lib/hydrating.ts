let hydrating = false;

/**
 * Whether the page is hydrating its prerendered markup: set by the browser's entry as it hydrates, cleared once the
 * page has. A chart measured then is already on screen, drawn and sized by CSS, so its measured drawing can wait
 * for a quiet moment (useElementSize); a chart mounted afterwards is not, and draws at its size at once.
 */
export function setHydrating(value: boolean): void {
  hydrating = value;
}

export function isHydrating(): boolean {
  return hydrating;
}
