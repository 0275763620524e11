import type { Ref, SVGProps } from "react";

type Props = Omit<SVGProps<SVGSVGElement>, "width" | "height" | "viewBox" | "ref"> & {
  width: number;
  height: number;
  /** The chart's text size in pixels, set once on the drawing so every label follows the type scale. */
  fontSize?: number;
  ref?: Ref<SVGSVGElement>;
};

/**
 * A chart's drawing: sized in pixels with a matching viewBox, so an exported copy (exportSvg.ts) keeps
 * its proportions. Hidden from assistive technology unless given a role: a chart read through its
 * ChartFrame's live region speaks for itself, and one with focusable marks (the map, the timeline) is a group.
 */
export function ChartSvg({ width, height, fontSize, style, role, ...rest }: Props) {
  return (
    <svg
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role={role}
      aria-hidden={role ? undefined : true}
      style={fontSize === undefined ? style : { ...style, fontSize }}
      {...rest}
    />
  );
}
