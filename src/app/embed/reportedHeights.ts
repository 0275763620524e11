/**
 * The heights the full view has told its host. A frame whose height is one of them is sized by the host
 * from those messages (an article that follows the view), so it is never taken for a slide, whatever its
 * shape on the way: otherwise a frame set to a passing height (the view's loading placeholder, say) could
 * look like a slide, show the slide form, which fills the frame, and stay there.
 */
const reported = new Set<number>();

/** How far a host's height may differ from ours (rounding, a border). */
const TOLERANCE = 2;

export function noteReportedHeight(height: number): void {
  reported.add(height);
}

export function isReportedHeight(height: number): boolean {
  for (const h of reported) if (Math.abs(h - height) <= TOLERANCE) return true;
  return false;
}
