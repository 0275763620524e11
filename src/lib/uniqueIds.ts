/** The ids of several lists as one list, in order of first appearance, without repeats. */
export function uniqueIds<T extends string>(...lists: readonly (readonly T[])[]): T[] {
  return [...new Set(lists.flat())];
}
