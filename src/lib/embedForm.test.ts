import { describe, expect, it } from "vitest";
import { isSlideFrame } from "./embedForm";

describe("isSlideFrame", () => {
  it("takes 16:9 frames from 640×360 to 1920×1080, and 4:3 ones", () => {
    for (const [w, h] of [
      [640, 360],
      [800, 450],
      [1280, 720],
      [1920, 1080],
      [1024, 768],
    ] as const) {
      expect(isSlideFrame(w, h), `${w}×${h}`).toBe(true);
    }
  });

  it("leaves an article's frames to the full view: tall ones, and one waiting 100 px tall for its height", () => {
    for (const [w, h] of [
      [680, 1200],
      [680, 100],
      [680, 150],
      [375, 740],
      [1280, 2000],
      [0, 0],
    ] as const) {
      expect(isSlideFrame(w, h), `${w}×${h}`).toBe(false);
    }
  });
});
