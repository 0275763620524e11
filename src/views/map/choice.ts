import type { PlaceFeature } from "../../data/schemas/places";

/** One entry in the list a reader chooses from: a place, or a cluster (which then opens in turn). */
export type ChoiceEntry =
  | { kind: "place"; id: string; feature: PlaceFeature }
  | { kind: "cluster"; id: string; label: string; /** The places it holds. */ ids: readonly string[] };

/**
 * A choice the map hands the view: places too close to tell apart (a cluster zoom cannot part), or
 * several within reach of a tap. `returnTo` is the map item that had the focus, for when it closes.
 */
export interface Choice {
  title: string;
  entries: readonly ChoiceEntry[];
  returnTo: string | null;
  /** Opened from the keyboard: the first entry takes the focus. */
  keyboard: boolean;
}
