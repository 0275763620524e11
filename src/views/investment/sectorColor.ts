/** The CSS colour of the i-th sector in a legend: the Okabe–Ito palette, cycling past its seven hues. */
export const sectorColor = (i: number) => `var(--cat-${(i % 7) + 1})`;
