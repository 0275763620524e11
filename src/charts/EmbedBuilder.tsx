import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from "react";
import { LANGUAGE_CODES, languageInfo } from "../lib/i18n";
import { useLocale } from "../lib/locale";
import { pageAddress } from "../lib/pageAddress";
import { useSiteRoot } from "../lib/useSiteRoot";
import { useUrlQuery } from "../lib/useUrlState";
import { CopyBox } from "./CopyBox";
import { downloadBlob } from "./csv";
import { embedAddress, iframeSnippet, revealSnippet, SIZE_PRESETS, type EmbedOptions, type SizePreset } from "./embedSnippets";
import { errorReason } from "./errorReason";
import { slideSvg, svgToPng } from "./exportSvg";
import "./embedBuilder.css";

interface Props {
  viewId: string;
  title: string;
  /** The view's main chart, drawn onto the slide images. */
  chart?: RefObject<SVGSVGElement | null>;
  sourceText: string;
  onClose: () => void;
}

const PRESETS: readonly SizePreset[] = ["article", "slide169", "slide43", "square", "custom"];
const SLIDE_IMAGES = [
  [1920, 1080],
  [1280, 720],
] as const;
/** The preview's width in the dialog; the frame is drawn at its real size and scaled down to it. */
const PREVIEW_WIDTH = 520;
const CUSTOM_LIMITS = { min: 240, max: 3840 } as const;

const THEMES = ["auto", "light", "dark", "contrast"] as const;
const CONTROLS = ["auto", "full", "compact", "none"] as const;

/** A labelled select over a few values, each with its words. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  options: readonly (readonly [T, string])[];
  onChange: (value: T) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as T)}>
        {props.options.map(([value, words]) => (
          <option key={value} value={value}>
            {words}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Tab from the dialog's last control goes to its first, and Shift+Tab from the first to the last. */
function keepFocusInside(e: KeyboardEvent<HTMLDialogElement>) {
  if (e.key !== "Tab") return;
  const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href]")].filter(
    (el) => !el.closest("[inert]") && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && document.activeElement === first) {
    e.preventDefault();
    last.focus();
  }
}

const clampSize = (n: number) => Math.min(CUSTOM_LIMITS.max, Math.max(CUSTOM_LIMITS.min, Math.round(n) || CUSTOM_LIMITS.min));

/**
 * The Embed dialog: the view as it is now, at a chosen size (an article's automatic height, a 16:9 or 4:3
 * slide, a square, any size), with theme, language, controls and title options; a live preview; the
 * snippets to copy (iframe, reveal.js, link); and slide images for tools that cannot hold an iframe.
 * A modal <dialog>: focus stays inside while it is open, Escape closes it, and the caller puts focus back.
 */
export function EmbedBuilder({ viewId, title, chart, sourceText, onClose }: Props) {
  const { t, lang } = useLocale();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const root = useSiteRoot();
  const query = useUrlQuery({ step: 1 });
  const [preset, setPreset] = useState<SizePreset>("article");
  const [custom, setCustom] = useState({ width: 800, height: 450 });
  const [options, setOptions] = useState<EmbedOptions>({ theme: "auto", lang: "", controls: "auto", showTitle: true });
  const [imageStatus, setImageStatus] = useState("");

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const size = preset === "custom" ? custom : SIZE_PRESETS[preset];
  const src = root ? embedAddress(root, viewId, query, options) : "";
  const frameTitle = t("embed.frameTitle", { title });
  const viewUrl = root ? pageAddress(root, "", query, `#view-${viewId}`) : "";
  const previewHeight = size.height ?? Math.round(size.width * 1.4);
  const scale = Math.min(1, PREVIEW_WIDTH / size.width);

  const slideImage = async (width: number, height: number) => {
    setImageStatus("");
    try {
      const svg = chart?.current;
      if (!svg) throw new Error(t("actions.exportNoChart"));
      const text = slideSvg(svg, {
        width,
        height,
        title,
        footer: t("export.footer", { sources: sourceText, site: t("app.title") }),
        link: viewUrl,
        lang,
      });
      downloadBlob(`silk-road-ledger-${viewId}-slide-${width}x${height}.png`, await svgToPng(text, 1));
      setImageStatus(t("embed.image.done", { width, height }));
    } catch (error) {
      setImageStatus(t("actions.exportFailed", { format: "PNG", reason: errorReason(error) }));
    }
  };

  const set = <K extends keyof EmbedOptions>(key: K, value: EmbedOptions[K]) => setOptions((o) => ({ ...o, [key]: value }));

  return (
    <dialog ref={dialogRef} className="embed-builder" aria-labelledby={headingId} onClose={onClose} onKeyDown={keepFocusInside}>
      <div className="embed-builder__head">
        <h2 id={headingId}>{t("embed.builder.title", { title })}</h2>
        <button type="button" className="chip" onClick={() => dialogRef.current?.close()}>
          {t("embed.builder.close")}
        </button>
      </div>
      <p className="embed-builder__intro">{t("embed.builder.intro")}</p>
      <div className="embed-builder__body">
        <form className="embed-builder__options" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>{t("embed.size.label")}</legend>
            {PRESETS.map((p) => (
              <label key={p} className="embed-builder__choice">
                <input type="radio" name="size" value={p} checked={preset === p} onChange={() => setPreset(p)} />
                {t(`embed.size.${p}`)}
              </label>
            ))}
            {preset === "custom" && (
              <div className="embed-builder__custom">
                {(["width", "height"] as const).map((side) => (
                  <label key={side}>
                    {t(`embed.size.${side}`)}
                    <input
                      type="number"
                      min={CUSTOM_LIMITS.min}
                      max={CUSTOM_LIMITS.max}
                      value={custom[side]}
                      onChange={(e) => setCustom((c) => ({ ...c, [side]: clampSize(e.currentTarget.valueAsNumber) }))}
                    />
                  </label>
                ))}
              </div>
            )}
          </fieldset>
          <Choice
            label={t("embed.option.theme")}
            value={options.theme}
            options={THEMES.map((v) => [v, t(`theme.${v}`)])}
            onChange={(v) => set("theme", v)}
          />
          <Choice
            label={t("embed.option.lang")}
            value={options.lang}
            options={[
              ["", t("embed.option.langReader")],
              ...LANGUAGE_CODES.map((code): [string, string] => [code, languageInfo(code).nativeName]),
            ]}
            onChange={(v) => set("lang", v)}
          />
          <Choice
            label={t("embed.option.controls")}
            value={options.controls}
            options={CONTROLS.map((v) => [v, t(`embed.controls.${v}`)])}
            onChange={(v) => set("controls", v)}
          />
          <label className="embed-builder__choice">
            <input type="checkbox" checked={options.showTitle} onChange={(e) => set("showTitle", e.currentTarget.checked)} />
            {t("embed.option.title")}
          </label>
        </form>
        <figure className="embed-builder__preview">
          <figcaption>
            {size.height === null
              ? t("embed.preview.auto", { width: size.width })
              : t("embed.preview.fixed", { width: size.width, height: size.height })}
          </figcaption>
          {/* A picture of the embed, not a second copy to use: out of the Tab order and the accessibility tree. */}
          <div className="embed-builder__stage" style={{ width: size.width * scale, height: previewHeight * scale }} inert>
            {src && (
              <iframe
                title={t("embed.previewTitle", { title })}
                src={src}
                width={size.width}
                height={previewHeight}
                style={{ transform: `scale(${scale})` }}
                tabIndex={-1}
              />
            )}
          </div>
        </figure>
      </div>
      {src && (
        <div className="embed-builder__snippets">
          <CopyBox
            label={t(size.height === null ? "embed.snippet.article" : "embed.snippet.iframe")}
            text={iframeSnippet({ src, title: frameTitle, view: viewId, ...size })}
          />
          <CopyBox label={t("embed.snippet.reveal")} text={revealSnippet({ src, title: frameTitle })} rows={3} />
          <CopyBox label={t("embed.snippet.link")} text={src} rows={1} />
        </div>
      )}
      {chart && (
        <div className="embed-builder__images" role="group" aria-label={t("embed.image.label")}>
          <p>{t("embed.image.hint")}</p>
          {SLIDE_IMAGES.map(([w, h]) => (
            <button key={w} type="button" className="chip" onClick={() => void slideImage(w, h)}>
              {t("embed.image.button", { width: w, height: h })}
            </button>
          ))}
          <p role="status" className="view-actions__status">
            {imageStatus}
          </p>
        </div>
      )}
    </dialog>
  );
}
