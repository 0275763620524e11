import { useQuery } from "@tanstack/react-query";
import { sourcesQuery } from "../../data/queries";
import { datasetUrl } from "../../data/fetchDataset";
import { DATASET_FILES, tradeQuery } from "../../data/queries";
import { useLocale } from "../../lib/locale";
import { headline, seriesById } from "../../data/derive/trade";
import { Controls } from "../Controls";
import { DataBoundary } from "../DataBoundary";
import { SourcesList } from "../SourcesSection";
import { ViewFrame } from "../ViewFrame";
import { ViewNav } from "../ViewNav";
import { viewAnchor } from "../views";
import { VIEW_IDS, VIEWS } from "../viewRegistry";
import { richText } from "../../lib/richText";

/** `/`: title, lede, the four views, sources and method. */
export function DashboardPage() {
  const { t } = useLocale();
  return (
    <div className="page page--dashboard">
      <a className="skip-link" href="#views">
        {t("app.skip")}
      </a>
      <header className="site-header">
        <div className="site-header__inner">
          <div>
            <h1 className="site-title">{t("app.title")}</h1>
            <p className="site-tagline">{t("app.tagline")}</p>
          </div>
          <Controls />
        </div>
      </header>
      <main id="views" className="dashboard" tabIndex={-1}>
        <Lede />
        <ViewNav />
        <div className="dashboard__grid">
          {VIEW_IDS.map((id) => {
            const view = VIEWS[id];
            return (
              <div key={id} id={viewAnchor(id)} className={`dashboard__slot dashboard__slot--${id}`}>
                <ViewFrame view={view}>
                  <view.Component />
                </ViewFrame>
              </div>
            );
          })}
        </div>
        <section className="sources" aria-labelledby="sources-title">
          <h2 id="sources-title">{t("sources.title")}</h2>
          <p>{t("sources.intro")}</p>
          <DataBoundary title={t("sources.title")} minHeight={120} loadingLabel={t("sources.loading")}>
            <SourcesList />
          </DataBoundary>
        </section>
      </main>
      <Footer />
    </div>
  );
}

/** The lede quotes the first and latest trade figures, computed from the data once it is in. */
function Lede() {
  const { t, fmt, lang } = useLocale();
  const { data } = useQuery(tradeQuery(lang));
  const cn = data && seriesById(data, "cn-total");
  const head = cn ? headline(cn) : null;
  return (
    <p className="lede">
      {head
        ? t("app.lede", {
            first: fmt.usdCompact(head.first.value),
            firstYear: head.first.year,
            latest: fmt.usdCompact(head.latest.value),
            latestYear: head.latest.year,
          })
        : t("app.ledeLoading")}
    </p>
  );
}

export function Footer() {
  const { t, fmt, lang } = useLocale();
  // The data's release, from sources.json; the line waits for that file, and is left out if it fails.
  const { data: sources } = useQuery(sourcesQuery());
  const release = sources?.release;
  const files = DATASET_FILES.map((name) => (
    <a key={name} href={datasetUrl(name)} download>
      {name}.json
    </a>
  ));
  return (
    <footer className="site-footer">
      <p>
        {richText(t("footer.data"), { files: <span className="file-links">{files}</span> })}
        {/* A sentence of its own, in the same paragraph: the release belongs with the files it describes. */}
        {release && <> {t("footer.release", { version: release.version, updated: fmt.date(release.updated, "day") })}</>}
      </p>
      {/* The data is written in English from its sources; a page in another language says its words are a translation. */}
      {lang !== "en" && <p>{t("footer.translated")}</p>}
      <p>{t("footer.privacy")}</p>
      <p>{t("footer.credits")}</p>
    </footer>
  );
}
