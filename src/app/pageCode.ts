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

/**
 * Loads the code of a page, and of the views it draws first, ahead of hydrating its prerendered markup: an embed's
 * view, the dashboard's first, the handout's every view. The presentation and the speaker view draw one step's view
 * at a time: those `drawn` in the markup, which they hydrate, and the view of the step in the address (`step`),
 * which they show next.
 */
export function preloadPage(page: string, embed: string | null, step = 1, drawn: readonly string[] = []): Promise<unknown> {
  const own = PAGE_CODE[page as keyof typeof PAGE_CODE] ?? DashboardPage;
  return Promise.all([
    own.preload(),
    ...(page === "embed" && !(embed && isViewId(embed)) ? [EmbedIndex.preload()] : []),
    firstViews(page, embed, step, drawn).then((views) => Promise.all(views.map((id) => VIEWS[id].Component.preload()))),
  ]);
}

async function firstViews(page: string, embed: string | null, step: number, drawn: readonly string[]): Promise<ViewId[]> {
  if (page === "embed") return embed && isViewId(embed) ? [embed] : [];
  if (page === "dashboard") return [VIEW_IDS[0]];
  if (page === "present" || page === "speaker") {
    // The story is in the page's code, which is on its way already.
    const { STORY } = await import("./pages/present/story");
    const shown = STORY[Math.min(Math.max(1, step), STORY.length) - 1];
    return [...new Set([...drawn.filter(isViewId), ...(shown ? [shown.view] : [])])];
  }
  return page === "handout" ? [...VIEW_IDS] : [];
}
