import { wantParts } from "../lib/i18n";
import { retryableLazy } from "./offline/retryableLazy";
import { isViewId, VIEW_IDS, VIEWS, type ViewId } from "./viewRegistry";

// Each page is its own chunk, so an embed does not download the dashboard or the presentation.
// A page whose code cannot be downloaded says so, with a Retry that loads it again (PageBoundary).
export const DashboardPage = retryableLazy(() => import("./pages/DashboardPage").then((m) => m.DashboardPage), undefined, "DashboardPage");
export const EmbedPage = retryableLazy(() => import("./pages/EmbedPage").then((m) => m.EmbedPage), undefined, "EmbedPage");
export const EmbedIndex = retryableLazy(() => import("./pages/EmbedPage").then((m) => m.EmbedIndex), undefined, "EmbedIndex");
// The classroom pages tell the story of every view, in the views' words and their own (src/i18n/parts.ts).
const classroomText = () => wantParts("classroom", ...VIEW_IDS);
export const PresentPage = retryableLazy(
  () => Promise.all([import("./pages/PresentPage"), classroomText()]).then(([m]) => m.PresentPage),
  undefined,
  "PresentPage",
);
export const SpeakerPage = retryableLazy(
  () => Promise.all([import("./pages/SpeakerPage"), classroomText()]).then(([m]) => m.SpeakerPage),
  undefined,
  "SpeakerPage",
);
export const HandoutPage = retryableLazy(
  () => Promise.all([import("./pages/HandoutPage"), classroomText()]).then(([m]) => m.HandoutPage),
  undefined,
  "HandoutPage",
);
export const NotFoundPage = retryableLazy(() => import("./pages/NotFoundPage").then((m) => m.NotFoundPage), undefined, "NotFoundPage");

/** Each page kind's code (<body data-page>); the dashboard's for any other. */
export const PAGE_CODE = {
  dashboard: DashboardPage,
  embed: EmbedPage,
  present: PresentPage,
  speaker: SpeakerPage,
  handout: HandoutPage,
  notfound: NotFoundPage,
};

/** Loads the code of a page, and of the views it draws first, ahead of hydrating its prerendered markup. */
export function preloadPage(page: string, embed: string | null): Promise<unknown> {
  const views: ViewId[] =
    page === "embed"
      ? embed && isViewId(embed)
        ? [embed]
        : []
      : page === "dashboard"
        ? [VIEW_IDS[0]]
        : page === "notfound"
          ? []
          : [...VIEW_IDS];
  const own = PAGE_CODE[page as keyof typeof PAGE_CODE] ?? DashboardPage;
  return Promise.all([
    own.preload(),
    ...(page === "embed" && !views.length ? [EmbedIndex.preload()] : []),
    ...views.map((id) => VIEWS[id].Component.preload()),
  ]);
}
