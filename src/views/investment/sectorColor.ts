import type { Sector } from "../../data/schemas/investment";

/** The palette's hues: Okabe–Ito, `--cat-1` to `--cat-7`. */
const HUES = 7;

/** The CSS colour of the i-th sector in a legend: the Okabe–Ito palette, cycling past its seven hues. */
export const sectorColor = (i: number) => `var(--cat-${(i % HUES) + 1})`;

/**
 * One colour per sector across the view. The sectors the unit chart draws (`drawn`, in its legend's
 * order) keep the colours it gives them; each other sector in `more` (the deal filter's) takes the first
 * hue nothing has yet, else the first no other sector of `more` has, so the filter's samples stay apart.
 */
export function sectorColors(drawn: readonly (Sector | null)[], more: readonly Sector[] = []): Map<Sector, string> {
  const hueOf = new Map<Sector, number>();
  drawn.forEach((sector, i) => {
    if (sector !== null) hueOf.set(sector, i % HUES);
  });
  for (const sector of more) {
    if (hueOf.has(sector)) continue;
    const used = new Set(hueOf.values());
    const usedByMore = new Set(more.flatMap((s) => (hueOf.has(s) ? [hueOf.get(s)!] : [])));
    const hues = Array.from({ length: HUES }, (_, h) => h);
    const hue = hues.find((h) => !used.has(h)) ?? hues.find((h) => !usedByMore.has(h)) ?? hueOf.size % HUES;
    hueOf.set(sector, hue);
  }
  return new Map([...hueOf].map(([sector, hue]) => [sector, sectorColor(hue)]));
}
