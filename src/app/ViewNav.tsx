import { useEffect, useState } from "react";
import { useLocale } from "../lib/locale";
import { VIEW_IDS, VIEWS, type ViewId } from "./viewRegistry";
import { viewAnchor } from "./views";

/**
 * The four views, kept at the top of the screen while the page scrolls: short names on a phone, the
 * views' titles on a wider screen, and the view being read marked (`aria-current`).
 */
export function ViewNav() {
  const { t } = useLocale();
  const current = useViewInSight();
  return (
    <nav className="view-nav" aria-label={t("app.nav")}>
      <ul>
        {VIEW_IDS.map((id) => (
          <li key={id}>
            <a href={`#${viewAnchor(id)}`} aria-current={id === current ? "location" : undefined}>
              <span className="view-nav__short">{t(`view.${id}.short`)}</span>
              <span className="view-nav__long">{t(VIEWS[id].titleKey)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The view that holds the line a third of the way down the screen, where a reader's eye rests; none above
 * the first view or below the last. Read in an effect: on the server and before it, no view is marked.
 */
function useViewInSight(): ViewId | null {
  const [current, setCurrent] = useState<ViewId | null>(null);
  useEffect(() => {
    const slots = VIEW_IDS.map((id) => document.getElementById(viewAnchor(id))).filter((e) => e !== null);
    // Without the observer (an old browser, a test's DOM) the links work; none is marked.
    if (slots.length === 0 || typeof IntersectionObserver === "undefined") return;
    const inSight = new Set<Element>();
    // A band one pixel tall a third of the way down: at most one view crosses it at a time.
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) inSight.add(entry.target);
          else inSight.delete(entry.target);
        }
        const slot = slots.find((s) => inSight.has(s));
        setCurrent(slot ? (VIEW_IDS.find((id) => viewAnchor(id) === slot.id) ?? null) : null);
      },
      { rootMargin: "-33% 0px -67% 0px" },
    );
    for (const slot of slots) observer.observe(slot);
    return () => observer.disconnect();
  }, []);
  return current;
}
