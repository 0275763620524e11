import { lazy, Suspense } from "react";
import { isViewId } from "./viewRegistry";

// Each page is its own chunk, so an embed does not download the dashboard or the presentation.
const DashboardPage = lazy(() => import("./pages/DashboardPage").then((m) => ({ default: m.DashboardPage })));
const EmbedPage = lazy(() => import("./pages/EmbedPage").then((m) => ({ default: m.EmbedPage })));
const EmbedIndex = lazy(() => import("./pages/EmbedPage").then((m) => ({ default: m.EmbedIndex })));
const PresentPage = lazy(() => import("./pages/PresentPage").then((m) => ({ default: m.PresentPage })));
const SpeakerPage = lazy(() => import("./pages/SpeakerPage").then((m) => ({ default: m.SpeakerPage })));
const HandoutPage = lazy(() => import("./pages/HandoutPage").then((m) => ({ default: m.HandoutPage })));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage").then((m) => ({ default: m.NotFoundPage })));

interface Props {
  /** From <body data-page>: each HTML file in dist/ names its page, so no server rewrites are needed. */
  page: string;
  /** From <body data-embed> on /embed/<view>/index.html. */
  embed: string | null;
}

export function Router({ page, embed }: Props) {
  return <Suspense fallback={null}>{pageFor(page, embed)}</Suspense>;
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
