import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { useEmbedForm } from "../lib/embedForm";
import { useLocale } from "../lib/locale";
import "./charts.css";

/**
 * A view's controls as the page wants them: in full (the dashboard, an article's embed), folded into an
 * Options menu that opens over the chart instead of pushing it out of a slide-shaped frame, or left out
 * (`controls=none`), or, on a presentation step, only the one control the step is about. The menu is a disclosure: Escape or a click outside closes it, and focus goes back
 * to its button.
 */
export function ViewControls({ children, supports = [] }: { children: ReactNode; supports?: readonly string[] }) {
  const form = useEmbedForm();
  const controls = form?.controls ?? "full";
  // A presentation step's one control: the children show only it (useControlShown).
  if (form?.control !== undefined) return supports.includes(form.control) ? <>{children}</> : null;
  if (controls === "none") return null;
  if (controls === "full") return <>{children}</>;
  return <OptionsMenu>{children}</OptionsMenu>;
}

function OptionsMenu({ children }: { children: ReactNode }) {
  const { t } = useLocale();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const root = rootRef.current;
    root?.querySelector<HTMLElement>(`[id="${CSS.escape(panelId)}"] :is(button, input, select, a[href], [tabindex="0"])`)?.focus();
    const onPointerDown = (e: PointerEvent) => {
      if (root && !root.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open, panelId]);

  return (
    <div
      className="view-options"
      ref={rootRef}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || !open) return;
        e.stopPropagation();
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="view-options__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {t("embed.options")}
      </button>
      <div id={panelId} className="view-options__panel" role="group" aria-label={t("embed.options")} hidden={!open}>
        {children}
      </div>
    </div>
  );
}
