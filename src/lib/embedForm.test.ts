import { describe, expect, it } from "vitest";
import { isSlideFrame } from "./embedForm";

const size = (frame: string) => frame.split("x").map(Number) as [number, number];

describe("isSlideFrame", () => {
  it.each(["640x360", "800x450", "1280x720", "1920x1080", "1024x768"])("takes a %s frame for a slide (16:9 and 4:3)", (frame) => {
    expect(isSlideFrame(...size(frame))).toBe(true);
  });

  it.each(["680x1200", "680x100", "680x150", "375x740", "1280x2000", "0x0"])(
    "leaves a %s frame to the full view (an article's, one waiting for its height, a phone)",
    (frame) => {
      expect(isSlideFrame(...size(frame))).toBe(false);
    },
  );
});
