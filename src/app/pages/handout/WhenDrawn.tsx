import { useEffect } from "react";

/**
 * Runs `run` once the view beside it has been drawn: inside the view's loading boundary it mounts with
 * the view, when its code and data have arrived; two frames later the view has measured and drawn.
 */
export function WhenDrawn({ run }: { run: () => void }) {
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(run);
    });
    return () => cancelAnimationFrame(frame);
  }, [run]);
  return null;
}
