import { createContext, useContext } from "react";

/** What an embed shows of its controls: all of them, folded into an Options menu, or none. */
export type ControlsForm = "full" | "compact" | "none";

/**
 * The form a view takes on an embed page (src/app/pages/EmbedPage.tsx). `slide`: the frame is shaped like
 * a slide (16:9 or 4:3), so the view shows its slide form: the title, a one-line headline, its main chart
 * filling the frame, a compact source line. Otherwise (an article's tall frame) the full view shows.
 */
export interface EmbedForm {
  slide: boolean;
  controls: ControlsForm;
  /** False with `title=0`: the slide has a title of its own. */
  title: boolean;
  /**
   * A presentation step's one control (a URL key such as "scale"), shown even when `controls` is "none":
   * the step is about it. A view shows it only if it has a control of that name (ViewControls `supports`).
   */
  control?: string;
  /**
   * An event or place the page around the view describes itself (a presentation step's caption): the view
   * marks it as selected but opens no details card for it, which would repeat the caption over the chart.
   */
  described?: string;
}

/** Null on the dashboard, which shows every view in full; an embed page and /present give their form. */
export const EmbedFormContext = createContext<EmbedForm | null>(null);

export function useEmbedForm(): EmbedForm | null {
  return useContext(EmbedFormContext);
}

/** Slide-shaped frames: wider than tall by 1.2 to 2.4 (4:3 is 1.33, 16:9 1.78), from 300 px tall and up to 1,200. */
const SLIDE_ASPECT = { min: 1.2, max: 2.4 } as const;
const SLIDE_HEIGHT = { min: 300, max: 1200 } as const;

/**
 * Whether a frame of this size is a slide. An article's frame is taller than wide; one that starts 100 px
 * tall, waiting for its height, is far wider than a slide, so it gets the full view and then its height.
 */
export function isSlideFrame(width: number, height: number): boolean {
  if (!(width > 0) || !(height >= SLIDE_HEIGHT.min) || height > SLIDE_HEIGHT.max) return false;
  const aspect = width / height;
  return aspect >= SLIDE_ASPECT.min && aspect <= SLIDE_ASPECT.max;
}
