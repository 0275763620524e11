import { Suspense } from "react";
import { HydratedSignal } from "./HydratedSignal";
import { PageBoundary } from "./offline/PageBoundary";
import { DashboardPage, EmbedIndex, EmbedPage, HandoutPage, NotFoundPage, PresentPage, SpeakerPage } from "./pageCode";
import { isViewId } from "./viewRegistry";

interface Props {
  /** From <body data-page>: each HTML file in dist/ names its page, so no server rewrites are needed. */
  page: string;
  /** From <body data-embed> on /embed/<view>/index.html. */
  embed: string | null;
}

export function Router({ page, embed }: Props) {
  return (
    <PageBoundary>
      <Suspense fallback={null}>
        {pageFor(page, embed)}
        <HydratedSignal onHydrated={markPageHydrated} />
      </Suspense>
    </PageBoundary>
  );
}

/** The page's own content answers (its views say so for themselves): on <body>, which React does not render. */
function markPageHydrated() {
  document.body.dataset.hydrated = "";
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
