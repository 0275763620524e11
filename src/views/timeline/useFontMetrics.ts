import { useEffect, useState, type RefObject } from "react";
import { BASE_FONT } from "./horizontalLayout";

export interface FontMetrics {
  /** The element's font size in pixels. */
  size: number;
  family: string;
}

/**
 * The font an element is set in, so the chart's text and spacing follow it: larger type in the
 * projector theme or on /present gives a larger chart, not cramped labels. Read again when the
 * width changes (the base size follows the viewport) and when the theme or language switches.
 */
export function useFontMetrics(ref: RefObject<HTMLElement | null>, width: number): FontMetrics {
  const [font, setFont] = useState<FontMetrics>({ size: BASE_FONT, family: "" });
  useEffect(() => {
    const read = () => {
      const node = ref.current;
      if (!node) return;
      const style = getComputedStyle(node);
      const size = Number.parseFloat(style.fontSize) || BASE_FONT;
      const family = style.fontFamily;
      setFont((prev) => (prev.size === size && prev.family === family ? prev : { size, family }));
    };
    read();
    // The theme is applied to <html> by the app shell's effect, which runs after this one.
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme", "lang", "class", "style"] });
    return () => observer.disconnect();
  }, [ref, width]);
  return font;
}
