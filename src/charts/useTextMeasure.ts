import { useMemo } from "react";
import { canvasMeasure, type Measure } from "../lib/textWidth";

/**
 * Text widths for a chart's layout: in the page's font once it is known, by a font-independent estimate before,
 * so the server and the first render in the browser lay the chart out alike.
 */
export function useTextMeasure(fontFamily: string | undefined): Measure {
  return useMemo(() => canvasMeasure(fontFamily ?? ""), [fontFamily]);
}
