import type { PlacesFile } from "../schemas/places";
import type { TimelineFile } from "../schemas/timeline";
import { issueAt, type Issue } from "./issue";

const MILESTONES = ["agreed", "constructionStart", "operation"] as const;

/**
 * An event that names the places it is a milestone of (`places`) agrees with them: each place exists, and the
 * event's date is one of that place's dates. The timeline and the map then never tell two stories of one day.
 */
export function checkEventPlaces(file: string, timeline: TimelineFile, places: PlacesFile): Issue[] {
  const byId = new Map(places.features.map((f) => [f.id, f]));
  const issues: Issue[] = [];
  timeline.events.forEach((event, e) => {
    event.places?.forEach((id, k) => {
      const path = ["events", e, "places", k];
      const place = byId.get(id);
      if (!place) {
        issues.push(issueAt(file, path, "the id of a place in data/places.json", JSON.stringify(id)));
        return;
      }
      const dates = place.properties.dates ?? {};
      const known = MILESTONES.flatMap((key) => (dates[key] ? [`${key} ${dates[key]}`] : []));
      if (!MILESTONES.some((key) => dates[key] === event.date)) {
        issues.push(
          issueAt(
            file,
            ["events", e, "date"],
            `a date of place "${id}" (${known.length > 0 ? known.join(", ") : "it has none"}), of which this event is a milestone`,
            JSON.stringify(event.date),
          ),
        );
      }
    });
  });
  return issues;
}
