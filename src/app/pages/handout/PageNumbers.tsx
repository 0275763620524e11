import { useLocale } from "../../../lib/locale";
import { pageCounterContent } from "./pageCounter";

/**
 * "Page n of N" at the foot of every printed page, in a CSS page-margin box (Chromium prints them; the
 * rest of the @page rule is in handout.css). The words come from the catalog, so this is a style element
 * of its own.
 */
export function PageNumbers() {
  const { t } = useLocale();
  // Without values, the translator returns the template with its {n} and {total} in place.
  const content = pageCounterContent(t("handout.pageNumber"));
  return <style>{`@page { @bottom-center { content: ${content}; } }`}</style>;
}
