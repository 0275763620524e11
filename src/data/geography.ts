import { fileQuery } from "./queries";

export type { GeographyFile } from "./schemas/geography";

/**
 * The country shapes the map draws (data/geo/region.topo.json, schemas/geography.ts). The geometry never changes
 * within a visit: fetched once, never refetched, like every dataset. Read as it is: its country names come in every
 * language, and the map picks the reader's (countryName).
 */
export const geographyQuery = () => fileQuery("geography");
