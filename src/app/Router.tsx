import { Suspense } from "react";
import { PageBoundary } from "./offline/PageBoundary";
import { retryableLazy } from "./offline/retryableLazy";
import { isViewId } from "./viewRegistry";

// Each page is its own chunk, so an embed does not download the dashboard or the presentation.
// A page whose code cannot be downloaded says so, with a Retry that loads it again (PageBoundary).
const DashboardPage = retryableLazy(() => import("./pages/DashboardPage").then((m) => m.DashboardPage));
const EmbedPage = retryableLazy(() => import("./pages/EmbedPage").then((m) => m.EmbedPage));
const EmbedIndex = retryableLazy(() => import("./pages/EmbedPage").then((m) => m.EmbedIndex));
const PresentPage = retryableLazy(() => import("./pages/PresentPage").then((m) => m.PresentPage));
const SpeakerPage = retryableLazy(() => import("./pages/SpeakerPage").then((m) => m.SpeakerPage));
const HandoutPage = retryableLazy(() => import("./pages/HandoutPage").then((m) => m.HandoutPage));
const NotFoundPage = retryableLazy(() => import("./pages/NotFoundPage").then((m) => m.NotFoundPage));

interface Props {
  /** From <body data-page>: each HTML file in dist/ names its page, so no server rewrites are needed. */
  page: string;
  /** From <body data-embed> on /embed/<view>/index.html. */
  embed: string | null;
}

export function Router({ page, embed }: Props) {
  return (
    <PageBoundary>
      <Suspense fallback={null}>{pageFor(page, embed)}</Suspense>
    </PageBoundary>
  );
}

function pageFor(page: string, embed: string | null) {
  switch (page) {
    case "embed":
      return embed && isViewId(embed) ? <EmbedPage viewId={embed} /> : <EmbedIndex requested={embed} />;
    case "present":
      return <PresentPage />;
    case "speaker":
      return <SpeakerPage />;
    case "handout":
      return <HandoutPage />;
    case "notfound":
      return <NotFoundPage />;
    default:
      return <DashboardPage />;
  }
}
