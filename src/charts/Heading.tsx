import type { ComponentPropsWithRef } from "react";
import { useHeadingRank } from "./headingLevel";

interface Props extends ComponentPropsWithRef<"h3"> {
  /** How many levels below the view's title: 1 for a part of the view, 2 for a part of that part. */
  depth: 1 | 2;
}

/** A heading inside a view, ranked below the view's own title (headingLevel.ts). */
export function Heading({ depth, ...props }: Props) {
  const Tag = `h${useHeadingRank(depth)}` as const;
  return <Tag {...props} />;
}
