/**
 * The years a data file or a link may name: anything outside is a typing mistake, not history.
 * The schemas, the data checks and the URL parser all read this one range. It lives outside the
 * zod schemas so the URL parser, in every page's first chunk, does not pull zod in with it.
 */
export const YEAR_RANGE = { min: 1950, max: 2035 } as const;

/** Whether a year lies in YEAR_RANGE. */
export const inYearRange = (year: number): boolean => year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
