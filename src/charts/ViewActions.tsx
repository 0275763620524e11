import { useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type ComponentType, type ReactNode, type RefObject } from "react";
import { sourcesQuery } from "../data/queries";
import { useLocale } from "../lib/locale";
import { pageAddress } from "../lib/pageAddress";
import { useSiteRoot } from "../lib/useSiteRoot";
import { useUrlQuery } from "../lib/useUrlState";
import { citations } from "./citation";
import { CopyBox } from "./CopyBox";
import type { EmbedBuilder as EmbedBuilderType } from "./EmbedBuilder";
import { downloadBlob, downloadText } from "./csv";
import { errorReason } from "./errorReason";

interface Props {
  viewId: string;
  /** The view's title, for file names, the embed title and the citation. */
  title: string;
  /** The view's data as CSV, built when asked for: the long (tidy) form, one line per value, when there is a wide one too. */
  csv: () => string;
  /** The same data in wide form (one line per year, a column per series), offered beside the long one. */
  csvWide?: () => string;
  /** More data as CSV, each its own download after the view's main one (trade's product groups). */
  moreCsv?: readonly ExtraCsv[];
  /** The chart to export as SVG and PNG; without it those buttons are left out. */
  svgRef?: RefObject<SVGSVGElement | null>;
  /** More charts to export, each with its own pair of buttons named after it (investment's inflows). */
  moreCharts?: readonly ExportChart[];
  /** The data table alternative, shown under the chart on request. */
  table: ReactNode;
  /** "Source: …" as plain text, for the exported image and the citation. */
  sourceText: string;
}

type Panel = "table" | "download" | "cite" | null;

export interface ExtraCsv {
  /** Short, for the file name: `silk-road-ledger-<view>-<key>.csv`. */
  key: string;
  label: string;
  description: string;
  csv: () => string;
}

export interface ExportChart {
  /** Short, for the file name: `silk-road-ledger-<view>-<key>.png`. */
  key: string;
  /** The chart's name, for its buttons and the image's title. */
  title: string;
  ref: RefObject<SVGSVGElement | null>;
}

/** Data table, downloads (CSV, PNG, SVG), embed code and citation: the same controls under every view. */
export function ViewActions({ viewId, title, csv, csvWide, moreCsv = [], svgRef, moreCharts = [], table, sourceText }: Props) {
  const { t, fmt, lang } = useLocale();
  const [panel, setPanel] = useState<Panel>(null);
  const panelId = useId();
  const csvHelpId = useId();
  const query = useUrlQuery({ step: 1 });
  const root = useSiteRoot();
  const viewUrl = root ? pageAddress(root, "", query, `#view-${viewId}`) : "";
  const fileBase = `silk-road-ledger-${viewId}`;
  // The embed builder and the image export load when first asked for: every view shows their buttons, few readers
  // press them, and their code would otherwise load and run with every page.
  const [Builder, setBuilder] = useState<ComponentType<Parameters<typeof EmbedBuilderType>[0]> | null>(null);
  const [building, setBuilding] = useState(false);
  const embedButton = useRef<HTMLButtonElement>(null);
  const today = new Date().toISOString().slice(0, 10);
  const { data: sourcesFile } = useQuery(sourcesQuery());
  const release = sourcesFile?.release ?? null;
  const cited = citations({ viewId, title, url: viewUrl, release, accessed: today, sources: sourceText }, t, fmt);
  const aboutFiles = () =>
    t("csv.note.text", {
      title,
      url: viewUrl,
      version: release?.version ?? t("value.unknown"),
      updated: release ? fmt.date(release.updated, "day") : t("value.unknown"),
      accessed: fmt.date(today, "day"),
      sources: sourceText,
      citation: cited.apa,
    });

  const toggle = (next: Exclude<Panel, null>) => setPanel((p) => (p === next ? null : next));
  const [exportError, setExportError] = useState<string | null>(null);
  /** Runs one image export; a failure is told to the reader instead of vanishing into the console. */
  const charts: ExportChart[] = [...(svgRef ? [{ key: "", title, ref: svgRef }] : []), ...moreCharts];
  const exportImage = async (chart: ExportChart, format: "SVG" | "PNG") => {
    setExportError(null);
    try {
      const svg = chart.ref.current;
      if (!svg) throw new Error(t("actions.exportNoChart"));
      const { standaloneSvg, svgToPng } = await import("./exportSvg");
      const text = standaloneSvg(svg, {
        title: chart.title,
        footer: t("export.footer", { sources: sourceText, site: t("app.title") }),
        lang,
      });
      const name = chart.key ? `${fileBase}-${chart.key}` : fileBase;
      if (format === "SVG") downloadText(`${name}.svg`, text, "image/svg+xml");
      else downloadBlob(`${name}.png`, await svgToPng(text));
    } catch (error) {
      setExportError(t("actions.exportFailed", { format, reason: errorReason(error) }));
    }
  };
  const openBuilder = async () => {
    setExportError(null);
    try {
      const { EmbedBuilder } = await import("./EmbedBuilder");
      setBuilder(() => EmbedBuilder);
      setBuilding(true);
    } catch (error) {
      setExportError(t("actions.embedFailed", { reason: errorReason(error) }));
    }
  };

  return (
    <div className="view-actions">
      <div className="view-actions__bar" role="group" aria-label={t("actions.label")}>
        <button type="button" className="chip" aria-expanded={panel === "table"} aria-controls={panelId} onClick={() => toggle("table")}>
          {t("actions.table")}
        </button>
        <button
          type="button"
          className="chip"
          aria-expanded={panel === "download"}
          aria-controls={panelId}
          onClick={() => toggle("download")}
        >
          {t("actions.download")}
        </button>
        <button ref={embedButton} type="button" className="chip" aria-haspopup="dialog" onClick={() => void openBuilder()}>
          {t("actions.embed")}
        </button>
        <button type="button" className="chip" aria-expanded={panel === "cite"} aria-controls={panelId} onClick={() => toggle("cite")}>
          {t("actions.cite")}
        </button>
      </div>
      <p role="status" className="view-actions__status">
        {exportError}
      </p>
      {building && Builder && (
        <Builder
          viewId={viewId}
          title={title}
          chart={charts[0]?.ref}
          sourceText={sourceText}
          onClose={() => {
            setBuilding(false);
            embedButton.current?.focus();
          }}
        />
      )}
      {/* Without scripts the buttons above do nothing: the table is there, open. The browser renders a noscript's
          content only without scripts, and React in the browser does not render it at all, so it costs nothing then. */}
      <noscript>{table}</noscript>
      <div id={panelId} className="view-actions__panel" hidden={panel === null}>
        {panel === "table" && table}
        {panel === "download" && (
          <ul className="view-downloads" aria-label={t("actions.download")}>
            {csvWide ? (
              <>
                <li>
                  <button
                    type="button"
                    className="chip"
                    aria-describedby={`${csvHelpId}-long`}
                    onClick={() => downloadText(`${fileBase}-long.csv`, csv())}
                  >
                    {t("csv.long")}
                  </button>
                  <span id={`${csvHelpId}-long`}>{t("csv.long.description")}</span>
                </li>
                <li>
                  <button
                    type="button"
                    className="chip"
                    aria-describedby={`${csvHelpId}-wide`}
                    onClick={() => downloadText(`${fileBase}-wide.csv`, csvWide())}
                  >
                    {t("csv.wide")}
                  </button>
                  <span id={`${csvHelpId}-wide`}>{t("csv.wide.description")}</span>
                </li>
              </>
            ) : (
              <li>
                <button
                  type="button"
                  className="chip"
                  aria-describedby={`${csvHelpId}-csv`}
                  onClick={() => downloadText(`${fileBase}.csv`, csv())}
                >
                  {t("actions.csv")}
                </button>
                <span id={`${csvHelpId}-csv`}>{t("actions.csvDescription")}</span>
              </li>
            )}
            {moreCsv.map((more) => (
              <li key={more.key}>
                <button
                  type="button"
                  className="chip"
                  aria-describedby={`${csvHelpId}-${more.key}`}
                  onClick={() => downloadText(`${fileBase}-${more.key}.csv`, more.csv())}
                >
                  {more.label}
                </button>
                <span id={`${csvHelpId}-${more.key}`}>{more.description}</span>
              </li>
            ))}
            <li>
              <button
                type="button"
                className="chip"
                aria-describedby={`${csvHelpId}-note`}
                onClick={() => downloadText(`${fileBase}-about.txt`, aboutFiles(), "text/plain;charset=utf-8")}
              >
                {t("csv.note")}
              </button>
              <span id={`${csvHelpId}-note`}>{t("csv.note.description")}</span>
            </li>
            {charts.map((chart) => (
              <li key={chart.key}>
                <button type="button" className="chip" onClick={() => void exportImage(chart, "SVG")}>
                  {chart.key ? t("actions.imageOf", { format: "SVG", chart: chart.title }) : t("actions.svg")}
                </button>
                <button type="button" className="chip" onClick={() => void exportImage(chart, "PNG")}>
                  {chart.key ? t("actions.imageOf", { format: "PNG", chart: chart.title }) : t("actions.png")}
                </button>
                <span>{t("actions.imageDescription", { chart: chart.title })}</span>
              </li>
            ))}
          </ul>
        )}
        {panel === "cite" && (
          <div className="view-cite">
            <p>{t("cite.intro")}</p>
            <CopyBox label={t("cite.apa.label")} text={cited.apa} />
            <CopyBox label={t("cite.chicago.label")} text={cited.chicago} />
            <CopyBox label={t("cite.bibtex.label")} text={cited.bibtex} rows={9} />
            <p className="view-cite__ris">
              <button
                type="button"
                className="chip"
                aria-describedby={`${csvHelpId}-ris`}
                onClick={() => downloadText(`${fileBase}.ris`, cited.ris, "application/x-research-info-systems")}
              >
                {t("cite.ris")}
              </button>{" "}
              <span id={`${csvHelpId}-ris`}>{t("cite.ris.description")}</span>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
