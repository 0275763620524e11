import { useMemo } from "react";
import { useLocale } from "../../../lib/locale";
import { listFormat } from "../../../lib/intlLocale";
import type { StepNotes } from "../present/notes";

interface Props {
  notes: StepNotes;
  /** The source ids as the step's source list numbers them (1, 2, …); a figure cites its sources by number. */
  sourceNumbers: ReadonlyMap<string, number>;
}

/** A step's key figures as a small table: what, how much, reported by whom, from which of the step's sources. */
export function StepFigures({ notes, sourceNumbers }: Props) {
  const { t, lang } = useLocale();
  // "1, 2, 5": source numbers as a short list, in the reader's language.
  const numberList = useMemo(() => listFormat(lang, { type: "unit", style: "short" }), [lang]);
  // On a step whose figures have no reporter (a place, an event), the column is left out.
  const reporters = notes.figures.some((f) => f.reporter);
  if (notes.figures.length === 0) return null;
  return (
    <table className="handout-figures">
      <caption className="handout-step__subhead">{t("handout.figures")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("handout.figure")}</th>
          <th scope="col">{t("handout.value")}</th>
          {reporters && <th scope="col">{t("handout.reporter")}</th>}
          <th scope="col">{t("handout.sourceNumbers")}</th>
        </tr>
      </thead>
      <tbody>
        {notes.figures.map((figure, i) => {
          const numbers = [...new Set(figure.sourceIds.flatMap((id) => sourceNumbers.get(id) ?? []))].sort((a, b) => a - b);
          return (
            <tr key={i}>
              <th scope="row">{figure.label}</th>
              <td className="handout-figures__value">{figure.value}</td>
              {reporters && <td>{figure.reporter ?? ""}</td>}
              <td>{numberList.format(numbers.map(String))}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
