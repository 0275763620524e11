import { useLocale } from "../../../lib/locale";

interface Props {
  current: number;
  total: number;
  onMove: (n: number) => void;
}

/** Previous and next step, as buttons: the same in the class's window and the speaker view. */
export function StepNav({ current, total, onMove }: Props) {
  const { t } = useLocale();
  return (
    <>
      <button type="button" className="button" onClick={() => onMove(current - 1)} disabled={current <= 1}>
        ← {t("present.prev")}
      </button>
      <button type="button" className="button" onClick={() => onMove(current + 1)} disabled={current >= total}>
        {t("present.next")} →
      </button>
    </>
  );
}
