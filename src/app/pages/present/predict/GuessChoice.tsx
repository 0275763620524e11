import { useId } from "react";
import { useLocale } from "../../../../lib/locale";

export interface ChoiceItem {
  id: string;
  /** The option as shown: a formatted figure. */
  label: string;
}

interface Props {
  question: string;
  options: readonly ChoiceItem[];
  answerId: string;
  chosen: string | null;
  onChoose: (id: string) => void;
  revealed: boolean;
}

/**
 * A choice among a few published figures, as large buttons (a radio group: ←/→ and ↑/↓ move the choice).
 * Revealed, the answer and the class's choice are marked in words and by shape, never by colour alone.
 */
export function GuessChoice({ question, options, answerId, chosen, onChoose, revealed }: Props) {
  const { t } = useLocale();
  const name = useId();
  return (
    <fieldset className="guess-choice" disabled={revealed}>
      <legend className="visually-hidden">{question}</legend>
      {options.map((option) => {
        const isAnswer = revealed && option.id === answerId;
        const isChosen = option.id === chosen;
        const state = isAnswer ? " is-answer" : revealed && isChosen ? " is-wrong" : "";
        return (
          <label key={option.id} className={`guess-choice__option${isChosen ? " is-chosen" : ""}${state}`}>
            <input type="radio" name={name} value={option.id} checked={isChosen} onChange={() => onChoose(option.id)} />
            <span className="guess-choice__value">{option.label}</span>
            {isAnswer && <span className="guess-choice__mark">{t("present.choice.answer")}</span>}
            {revealed && isChosen && !isAnswer && <span className="guess-choice__mark">{t("present.choice.chosen")}</span>}
          </label>
        );
      })}
    </fieldset>
  );
}
