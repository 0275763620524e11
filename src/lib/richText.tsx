import { Fragment, type ReactNode } from "react";

/**
 * A translated message with elements in it: each `{name}` in `text` becomes `nodes[name]` (a link, a list of file
 * links), the words around it staying where the language puts them. A name with no node stays visible as written.
 * Call the translator without values for those placeholders: t("footer.data") keeps its "{files}".
 */
export function richText(text: string, nodes: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text
    .split(/\{(\w+)\}/)
    .map((part, i) =>
      i % 2 === 0 ? part : Object.hasOwn(nodes, part) ? <Fragment key={`${part}-${i}`}>{nodes[part]}</Fragment> : `{${part}}`,
    )
    .filter((part) => part !== "");
}
