import type { EventCategory } from "../../data/schemas/timeline";
import { CATEGORY_STYLE, markerPath } from "./categoryStyle";

/** A category's marker as a small inline icon, for the filters, the list and the details card. */
export function CategoryMark({ category, size = 14 }: { category: EventCategory; size?: number }) {
  const r = size / 2;
  return (
    <svg className="timeline-mark" width={size} height={size} viewBox={`${-r} ${-r} ${size} ${size}`} aria-hidden="true" focusable="false">
      <path d={markerPath(category, r * 0.8)} fill={CATEGORY_STYLE[category].color} />
    </svg>
  );
}
