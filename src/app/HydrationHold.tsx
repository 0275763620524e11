import { use } from "react";
import { hydrationHold } from "./hydration";

/**
 * Renders nothing; while the hold keyed `id` (hydration.ts) is pending, suspends, so the Suspense boundary around
 * it stays as the server drew it. Placed first inside a view's boundary, it holds back the whole view.
 */
export function HydrationHold({ id }: { id: string }) {
  const hold = hydrationHold(id);
  if (hold) use(hold);
  return null;
}
