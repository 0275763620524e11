import type { Flow, Reporter } from "../../data/schemas/trade";

/** Colour by reporter (palette tokens); dash by the direction goods travel, so mirror flows share a pattern. */
export const REPORTER_COLOR: Record<Reporter, string> = { cn: "var(--cat-1)", kz: "var(--cat-2)" };

/** Goods going China → Kazakhstan are drawn solid, Kazakhstan → China dashed. */
const DASH = "7 5";

export function dashFor(reporter: Reporter, flow: Flow): string | undefined {
  if (flow === "total") return undefined;
  const towardsKazakhstan = (reporter === "cn" && flow === "exports") || (reporter === "kz" && flow === "imports");
  return towardsKazakhstan ? undefined : DASH;
}
