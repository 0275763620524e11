import { useId, useState, type ReactNode, type RefObject } from "react";
import { useLocale } from "../lib/locale";
import { URL_OPTIONS, useUrlState } from "../lib/useUrlState";
import { serializeState } from "../lib/urlState";
import { downloadBlob, downloadText } from "./csv";
import { standaloneSvg, svgToPng } from "./exportSvg";

interface Props {
  viewId: string;
  /** The view's title, for file names, the embed title and the citation. */
  title: string;
  /** The view's data as CSV, built when asked for. */
  csv: () => string;
  /** The chart to export as SVG and PNG; without it those buttons are left out. */
  svgRef?: RefObject<SVGSVGElement | null>;
  /** The data table alternative, shown under the chart on request. */
  table: ReactNode;
  /** "Source: …" as plain text, for the exported image and the citation. */
  sourceText: string;
}

type Panel = "table" | "embed" | "cite" | null;

/** Data table, downloads (CSV, PNG, SVG), embed code and citation: the same controls under every view. */
export function ViewActions({ viewId, title, csv, svgRef, table, sourceText }: Props) {
  const { t, fmt, lang } = useLocale();
  const [state] = useUrlState();
  const [panel, setPanel] = useState<Panel>(null);
  const panelId = useId();
  const query = serializeState({ ...state, step: 1 }, URL_OPTIONS).toString();
  const root = new URL(import.meta.env.BASE_URL, window.location.origin);
  const embedUrl = new URL(`embed/${viewId}/${query ? `?${query}` : ""}`, root).href;
  const viewUrl = new URL(`${query ? `?${query}` : ""}#view-${viewId}`, root).href;
  const fileBase = `silk-road-ledger-${viewId}`;
  const embedCode = `<iframe src="${embedUrl}" title="${title.replace(/"/g, "&quot;")} — Silk Road Ledger" width="100%" height="520" style="border:0" loading="lazy"></iframe>`;
  const today = new Date().toISOString().slice(0, 10);
  const citation = t("actions.citation", { title, url: viewUrl, date: fmt.date(today, "day"), sources: sourceText });

  const toggle = (next: Exclude<Panel, null>) => setPanel((p) => (p === next ? null : next));
  const [exportError, setExportError] = useState<string | null>(null);
  /** Runs one image export; a failure is told to the reader instead of vanishing into the console. */
  const exportImage = async (format: "SVG" | "PNG") => {
    setExportError(null);
    try {
      const svg = svgRef?.current;
      if (!svg) throw new Error(t("actions.exportNoChart"));
      const text = standaloneSvg(svg, { title, footer: `${sourceText} · Silk Road Ledger`, lang });
      if (format === "SVG") downloadText(`${fileBase}.svg`, text, "image/svg+xml");
      else downloadBlob(`${fileBase}.png`, await svgToPng(text));
    } catch (error) {
      const reason = error instanceof Error && error.message ? error.message : String(error);
      setExportError(t("actions.exportFailed", { format, reason }));
    }
  };

  return (
    <div className="view-actions">
      <div className="view-actions__bar" role="group" aria-label={t("actions.label")}>
        <button type="button" className="chip" aria-expanded={panel === "table"} aria-controls={panelId} onClick={() => toggle("table")}>
          {t("actions.table")}
        </button>
        <button type="button" className="chip" onClick={() => downloadText(`${fileBase}.csv`, csv())}>
          {t("actions.csv")}
        </button>
        {svgRef && (
          <>
            <button type="button" className="chip" onClick={() => void exportImage("SVG")}>
              {t("actions.svg")}
            </button>
            <button type="button" className="chip" onClick={() => void exportImage("PNG")}>
              {t("actions.png")}
            </button>
          </>
        )}
        <button type="button" className="chip" aria-expanded={panel === "embed"} aria-controls={panelId} onClick={() => toggle("embed")}>
          {t("actions.embed")}
        </button>
        <button type="button" className="chip" aria-expanded={panel === "cite"} aria-controls={panelId} onClick={() => toggle("cite")}>
          {t("actions.cite")}
        </button>
      </div>
      <p role="status" className="view-actions__status">
        {exportError}
      </p>
      <div id={panelId} className="view-actions__panel" hidden={panel === null}>
        {panel === "table" && table}
        {panel === "embed" && <CopyBox label={t("actions.embedHint")} text={embedCode} />}
        {panel === "cite" && <CopyBox label={t("actions.citeHint")} text={citation} />}
      </div>
    </div>
  );
}

function CopyBox({ label, text }: { label: string; text: string }) {
  const { t } = useLocale();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-box">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={text} rows={3} onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="chip"
        onClick={async () => {
          await navigator.clipboard?.writeText(text).catch(() => undefined);
          setCopied(true);
        }}
      >
        {t("actions.copy")}
      </button>
      <span role="status" className="copy-box__status">
        {copied ? t("actions.copied") : ""}
      </span>
    </div>
  );
}
