/**
 * The sources of a step's figures, each once, in the order that cites every figure soonest: each figure's
 * first source, then each figure's second, and so on. A list cut short on paper then still gives every
 * figure a source it can be checked against, where the list is long enough to.
 */
export function figureSources(figures: readonly { sourceIds: readonly string[] }[]): string[] {
  const ids = new Set<string>();
  const depth = Math.max(0, ...figures.map((f) => f.sourceIds.length));
  for (let i = 0; i < depth; i++) for (const figure of figures) if (figure.sourceIds[i] !== undefined) ids.add(figure.sourceIds[i]!);
  return [...ids];
}
