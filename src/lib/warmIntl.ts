import { formatters } from "./format";

/**
 * Readies the runtime's locale data for `lang` while the page waits for its files and code, each step in a task of
 * its own. The first Intl object a page makes loads the runtime's locale data (100–140 ms on a phone-speed CPU, the
 * first date format 17–24 ms more): made during hydration, that time would lengthen the task that draws the first
 * chart; made here, before it, it is a task of its own and the formats the views then ask for are ready. Browser only.
 */
export function warmIntl(lang: string): void {
  const format = formatters(lang);
  // The first Intl object of a page does most of the loading, in one task of 100–130 ms at 4× CPU. Started with
  // the language's likely subtags, then a list format (which the views use), the same loading falls into two tasks
  // of about 40 and 60 ms, and the number formats then take 10–20 ms.
  const steps = [
    () => new Intl.Locale(lang).maximize(),
    () => format.list(["", ""]),
    () => format.number(0),
    () => format.usdCompact(1),
    () => format.date("2000-01-01", "day"),
  ];
  const next = () => {
    steps.shift()?.();
    if (steps.length > 0) setTimeout(next, 0);
  };
  setTimeout(next, 0);
}
