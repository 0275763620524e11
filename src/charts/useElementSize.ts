import { startTransition, useCallback, useState } from "react";
import { useHydrating } from "../lib/useHydrating";
import { TYPE_SCALE_BASE_PROPERTY, typeScaleOf } from "./typeScale";

export interface Size {
  width: number;
  height: number;
}

/** The type a chart is set in: its container's font, and how much larger than a laptop's that is. */
export interface ChartType {
  /** The container's font size in pixels and its font family, for measuring labels. */
  fontSize: number;
  fontFamily: string;
  /** 1 on a laptop or phone; larger on a big screen, in the projector theme or on /present (see typeScale.ts). */
  typeScale: number;
}

export type ChartBox = Size &
  ChartType & {
    /** False until the element has been measured: the prerendered page and the render that hydrates it. */
    measured: boolean;
  };

/**
 * The box a chart is drawn in before it is measured: on the server (the prerendered page's static chart) and in
 * the browser's first render, which hydrates that markup and so must draw the same; the measured size follows
 * before the first paint (the ref measures during the commit).
 */
export const DEFAULT_BOX: ChartBox = { width: 640, height: 0, fontSize: 16, fontFamily: "", typeScale: 1, measured: false };

/**
 * The box a chart on a slide (the slide form: /present, a slide-shaped embed) is drawn in before it is measured:
 * a 16:9 slide's chart area, wide and short. Drawn at this size on the prerendered page, the drawing fills its
 * frame by its viewBox (the `slide-fill` class, charts.css) until the measured chart, drawn at the frame's own
 * size, replaces it: the chart is there at first paint, and the frame does not move.
 */
export const DEFAULT_SLIDE_BOX: Size = { width: 960, height: 340 };

/** The size a chart is drawn at, and whether that drawing fills its frame by its viewBox (the `slide-fill` class). */
export interface DrawBox extends Size {
  fill: boolean;
}

/**
 * The size a chart is drawn at: its measured box, or, on a slide before it is measured (the prerendered page and
 * the render that hydrates it), DEFAULT_SLIDE_BOX, the drawing filling the frame the slide gives it (`fill`): so a
 * slide's chart is in the page before any script runs, and the frame does not move when the measured one replaces it.
 */
export function drawBox(box: Pick<ChartBox, "width" | "height" | "measured">, slide: boolean): DrawBox {
  return slide && !box.measured ? { ...DEFAULT_SLIDE_BOX, fill: true } : { width: box.width, height: box.height, fill: false };
}

const same = (a: ChartBox, b: ChartBox) =>
  a.width === b.width &&
  a.height === b.height &&
  a.fontSize === b.fontSize &&
  a.fontFamily === b.fontFamily &&
  a.typeScale === b.typeScale &&
  a.measured === b.measured;

/**
 * Measures an element with a ResizeObserver, and reads the type it is set in: the one source of every
 * chart's size and type scale. The type is read again when the size changes (the base size follows the
 * viewport) and when the theme or language switches. Returns a callback ref and the box, DEFAULT_BOX until
 * measured; a box measured 0 wide (hidden) draws nothing: render no geometry until `width > 0` (a scale over a
 * zero range gives NaN paths). The third value is true while the chart hydrated prerendered markup and is not yet
 * measured: what is on screen is the server's drawing at DEFAULT_BOX, which the chart may keep as it is (ChartSvg's
 * `kept`) rather than compute and draw it again, only to draw it once more at its measured size.
 */
export function useElementSize<T extends Element>(): [(node: T | null) => void, ChartBox, boolean] {
  const [box, setBox] = useState<ChartBox>(DEFAULT_BOX);
  // Whether this chart hydrates prerendered markup (React reads the server's snapshot while it hydrates), as of its
  // first render: a view's boundary may hydrate well after the page around it has.
  const hydrating = useHydrating();
  const [prerendered] = useState(hydrating);
  const ref = useCallback(
    (node: T | null) => {
      if (!node) return;
      let width = 0;
      let height = 0;
      // The box last given to React: a ResizeObserver's first report, which repeats the measurement made at once, must
      // not draw the chart again, nor hurry the first draw (below) by an urgent update.
      let last: ChartBox | null = null;
      const measure = () => {
        const style = getComputedStyle(node);
        const fontSize = Number.parseFloat(style.fontSize) || DEFAULT_BOX.fontSize;
        const base = Number.parseFloat(style.getPropertyValue(TYPE_SCALE_BASE_PROPERTY));
        const typeScale = Number.isFinite(base) ? typeScaleOf(fontSize, base) : typeScaleOf(fontSize);
        const next = { width, height, fontSize, fontFamily: style.fontFamily, typeScale, measured: true };
        if (last && same(last, next)) return;
        const first = last === null;
        last = next;
        const update = () => setBox((prev) => (same(prev, next) ? prev : next));
        // On a chart hydrating its prerendered markup, the first measurement draws it afresh at its own size: the
        // page's longest piece of work, done as a transition, in slices the browser can answer input between, while the
        // drawing already there (prerendered, sized by CSS) stays on screen. Otherwise (a chart mounted later, a resize,
        // a theme) the measured drawing follows at once, before the next paint.
        if (first && prerendered) startTransition(update);
        else update();
      };
      const rect = node.getBoundingClientRect();
      [width, height] = [Math.round(rect.width), Math.round(rect.height)];
      measure();
      const cleanups: (() => void)[] = [];
      if (typeof ResizeObserver !== "undefined") {
        const observer = new ResizeObserver(([entry]) => {
          if (!entry) return;
          [width, height] = [Math.round(entry.contentRect.width), Math.round(entry.contentRect.height)];
          measure();
        });
        observer.observe(node);
        cleanups.push(() => observer.disconnect());
      }
      // The theme and language are set on <html> by the app shell, after the chart first renders.
      const themes = new MutationObserver(measure);
      themes.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "lang", "class", "style"] });
      cleanups.push(() => themes.disconnect());
      // React 19 calls a ref's returned function when the node goes away.
      return () => cleanups.forEach((cleanup) => cleanup());
    },
    [prerendered],
  );
  // Until then, a chart that hydrated its prerendered drawing may keep it (ChartSvg's `kept`) rather than draw it again.
  return [ref, box, prerendered && !box.measured];
}
