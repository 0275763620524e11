import type { Ref, SVGProps } from "react";

type Props = Omit<SVGProps<SVGSVGElement>, "width" | "height" | "viewBox" | "ref"> & {
  width: number;
  height: number;
  /** The chart's text size in pixels, set once on the drawing so every label follows the type scale. */
  fontSize?: number;
  ref?: Ref<SVGSVGElement>;
  /**
   * Keep the drawing the page was prerendered with (useElementSize's third value) instead of `children`: the render
   * that hydrates the page leaves it as it is, and the chart draws its own once measured.
   */
  kept?: boolean;
};

/** What a kept drawing's element is given: React hydrates the element and leaves what is inside it alone. */
const KEEP = { __html: "" };

/**
 * A chart's drawing: sized in pixels with a matching viewBox, so an exported copy (exportSvg.ts) keeps
 * its proportions. Hidden from assistive technology unless given a role: a chart read through its
 * ChartFrame's live region speaks for itself, and one with focusable marks (the map, the timeline) is a group.
 */
export function ChartSvg({ width, height, fontSize, style, role, kept = false, children, ...rest }: Props) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-hidden={role ? undefined : true}
      style={fontSize === undefined ? style : { ...style, fontSize }}
      {...rest}
      {...(kept ? { dangerouslySetInnerHTML: KEEP, suppressHydrationWarning: true } : { children })}
    />
  );
}
