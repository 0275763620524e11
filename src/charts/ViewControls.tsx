import { useEffect, useRef, type ReactNode } from "react";
import { useEmbedForm } from "../lib/embedForm";
import { useLocale } from "../lib/locale";
import { useDisclosure } from "./useDisclosure";
import "./charts.css";

interface Props {
  children: ReactNode;
  /** The controls a presentation step may show alone (their `useControlShown` names). */
  supports?: readonly string[];
  /** What is set, one short item per control ("China", "Total", "Linear", "1992–2024"): the folded bar's text. */
  summary?: readonly string[];
}

/**
 * A view's controls as the page wants them: in full (the dashboard, an article's embed), folded into an
 * Options menu that opens over the chart instead of pushing it out of a slide-shaped frame, or left out
 * (`controls=none`), or, on a presentation step, only the one control the step is about. The menu is a
 * disclosure: Escape or a click outside closes it, and focus goes back to its button.
 */
export function ViewControls({ children, supports = [], summary = [] }: Props) {
  const form = useEmbedForm();
  const controls = form?.controls ?? "full";
  // A presentation step's one control: the children show only it (useControlShown).
  if (form?.control !== undefined) return supports.includes(form.control) ? <>{children}</> : null;
  if (controls === "none") return null;
  if (controls === "full") return <FoldingControls summary={summary}>{children}</FoldingControls>;
  return <OptionsMenu>{children}</OptionsMenu>;
}

/**
 * The full controls, which on a narrow view (a phone, a narrow column) fold into one bar that says what is
 * set, so the chart comes first; the bar opens them in place. Which form shows is the view's width, in CSS
 * (a container query), so the page is right before any script runs.
 */
function FoldingControls({ children, summary }: { children: ReactNode; summary: readonly string[] }) {
  const { t } = useLocale();
  const { open, panelId, buttonProps, onKeyDown } = useDisclosure();
  return (
    <div className={`view-controls${open ? " is-open" : ""}`} onKeyDown={onKeyDown}>
      <button {...buttonProps} className="view-controls__bar">
        <span className="view-controls__label">{t("controls.settings")}</span>
        {summary.length > 0 && (
          <span className="view-controls__summary">
            {summary.map((item, i) => (
              <span key={i} className="view-controls__item">
                {item}
              </span>
            ))}
          </span>
        )}
        <span className="view-controls__action" aria-hidden="true">
          {open ? t("controls.settingsDone") : t("controls.settingsChange")}
        </span>
      </button>
      <div id={panelId} className="view-controls__panel" role="group" aria-label={t("controls.settings")}>
        {children}
      </div>
    </div>
  );
}

function OptionsMenu({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  const { open, setOpen, panelId, buttonProps, onKeyDown } = useDisclosure();
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const root = rootRef.current;
    root?.querySelector<HTMLElement>(`[id="${CSS.escape(panelId)}"] :is(button, input, select, a[href], [tabindex="0"])`)?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (root && !root.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, panelId, setOpen]);

  return (
    <div className="view-options" ref={rootRef} onKeyDown={onKeyDown}>
      <button {...buttonProps} className="view-options__button">
        {t("embed.options")}
      </button>
      <div id={panelId} className="view-options__panel" role="group" aria-label={t("embed.options")} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
