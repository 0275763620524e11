import { useEmbedForm } from "../lib/embedForm";

/**
 * Whether a view shows its control named `key` (a URL key): always, except on a presentation step about
 * another control (EmbedForm `control`), where the step shows its one control alone.
 */
export function useControlShown(key: string): boolean {
  const control = useEmbedForm()?.control;
  return control === undefined || control === key;
}
