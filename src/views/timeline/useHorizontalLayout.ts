import { useMemo } from "react";
import { useTextMeasure } from "../../charts/useTextMeasure";
import { horizontalLayout, type HorizontalInput, type HorizontalLayout } from "./horizontalLayout";

/** The horizontal timeline's geometry, recomputed only when its inputs change; text is measured in the page's font. */
export function useHorizontalLayout({ fontFamily, ...input }: Omit<HorizontalInput, "measure"> & { fontFamily: string }): HorizontalLayout {
  const measure = useTextMeasure(fontFamily);
  const { width, fontSize, domain, today, levels, events, lang } = input;
  // The fit by value, so a new object with the same height does not lay the chart out again.
  const fitHeight = input.fit?.height;
  const minFont = input.fit?.minFont;
  return useMemo(
    () =>
      horizontalLayout({
        width,
        fontSize,
        domain,
        today,
        levels,
        events,
        measure,
        lang,
        fit: fitHeight === undefined ? undefined : { height: fitHeight, minFont: minFont ?? 0 },
      }),
    [width, fontSize, domain, today, levels, events, measure, lang, fitHeight, minFont],
  );
}
