import { useMemo } from "react";
import { horizontalLayout, type HorizontalInput, type HorizontalLayout } from "./horizontalLayout";
import { canvasMeasure } from "../../lib/textWidth";

/** The horizontal timeline's geometry, recomputed only when its inputs change; text is measured in the page's font. */
export function useHorizontalLayout({ fontFamily, ...input }: Omit<HorizontalInput, "measure"> & { fontFamily: string }): HorizontalLayout {
  const measure = useMemo(() => canvasMeasure(fontFamily), [fontFamily]);
  const { width, fontSize, domain, today, levels, events, lang } = input;
  return useMemo(
    () => horizontalLayout({ width, fontSize, domain, today, levels, events, measure, lang }),
    [width, fontSize, domain, today, levels, events, measure, lang],
  );
}
