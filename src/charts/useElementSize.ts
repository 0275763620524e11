import { useCallback, useState } from "react";

export interface Size {
  width: number;
  height: number;
}

/**
 * Measures an element with a ResizeObserver. Returns a callback ref and the size, which is 0×0 until
 * measured: render no geometry until `width > 0` (a scale over a zero range gives NaN paths).
 */
export function useElementSize<T extends Element>(): [(node: T | null) => void, Size] {
  const [size, setSize] = useState<Size>({ width: 0, height: 0 });
  const ref = useCallback((node: T | null) => {
    if (!node) return;
    const measure = (width: number, height: number) =>
      setSize((prev) => (prev.width === width && prev.height === height ? prev : { width, height }));
    const rect = node.getBoundingClientRect();
    measure(Math.round(rect.width), Math.round(rect.height));
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) measure(Math.round(entry.contentRect.width), Math.round(entry.contentRect.height));
    });
    observer.observe(node);
    // React 19 calls a ref's returned function when the node goes away.
    return () => observer.disconnect();
  }, []);
  return [ref, size];
}
