import { useId, useState } from "react";
import { useLocale } from "../lib/locale";

/** A text to copy (a snippet, a citation): selected on focus, with a Copy button that says when it is done. */
export function CopyBox({ label, text, rows = 3 }: { label: string; text: string; rows?: number }) {
  const { t } = useLocale();
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="copy-box">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={text} rows={rows} onFocus={(e) => e.currentTarget.select()} />
      {/* Named after its text ("Copy APA"): a panel may hold several boxes, each with its own Copy. */}
      <button
        type="button"
        className="chip"
        aria-label={t("actions.copyLabelled", { label: label.replace(/:$/, "") })}
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
