/**
 * Values made once by key and then kept, for work a page repeats with the same inputs (a format, a width, a path):
 * `kept(key, make)` returns the value kept for `key`, or makes and keeps it. The store is emptied whenever it holds
 * `limit` values, so a long session's memory stays bounded.
 */
export function keptBy<K, V>(limit: number): (key: K, make: () => V) => V {
  const values = new Map<K, V>();
  return (key, make) => {
    let value = values.get(key);
    if (value === undefined) {
      if (values.size >= limit) values.clear();
      value = make();
      values.set(key, value);
    }
    return value;
  };
}
