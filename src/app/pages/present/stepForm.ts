import type { EmbedForm } from "../../../lib/embedForm";
import type { Step } from "./story";

/**
 * The form a step's view takes on the class's screen: its slide form, no controls but the one the step is
 * about, no title of its own (the step's is over it), and no details card for the event or place the
 * caption already describes.
 */
export function stepForm(step: Step): EmbedForm {
  return {
    slide: true,
    controls: "none",
    title: false,
    control: step.control,
    described: step.preset.event ?? step.preset.place ?? undefined,
  };
}
