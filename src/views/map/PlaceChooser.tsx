import { useEffect, useId, useRef, type KeyboardEvent } from "react";
import { Heading } from "../../charts/Heading";
import { CloseButton } from "./CloseButton";
import { placeName } from "../../data/derive/places";
import { useLocale } from "../../lib/locale";
import type { Choice, ChoiceEntry } from "./choice";
import { isLine } from "./compute";
import { LegendSwatch } from "./LegendSwatch";

interface Props {
  choice: Choice;
  onPick: (entry: ChoiceEntry, how: "pointer" | "keyboard") => void;
  onClose: () => void;
}

/**
 * The places a tap or a cluster could mean, to choose from: where the details open (beside the map,
 * or under it on a phone), so a crowded spot never opens the wrong place. Escape or × closes it.
 */
export function PlaceChooser({ choice, onPick, onClose }: Props) {
  const { t, fmt } = useLocale();
  const headingId = useId();
  const first = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A phone shows the list under the map: bring it into view; from the keyboard, step into it.
    root.current?.scrollIntoView?.({ block: "nearest" });
    if (choice.keyboard) first.current?.focus({ preventScroll: true });
  }, [choice]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== "Escape") return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  return (
    <div className="map-chooser" role="group" aria-labelledby={headingId} onKeyDown={onKeyDown} ref={root}>
      <div className="map-chooser__head">
        <Heading depth={1} id={headingId} className="map-chooser__title">
          {choice.title}
        </Heading>
        <CloseButton label={t("map.chooser.close")} onClose={onClose} />
      </div>
      <ul className="map-chooser__list">
        {choice.entries.map((entry, i) => (
          <li key={entry.id}>
            <button
              type="button"
              className="map-chooser__item"
              ref={i === 0 ? first : undefined}
              // A click from the keyboard (Enter, Space) has no pointer position: detail is 0.
              onClick={(e) => onPick(entry, e.detail === 0 ? "keyboard" : "pointer")}
            >
              {entry.kind === "place" ? (
                <>
                  <LegendSwatch
                    category={entry.feature.properties.category}
                    status={entry.feature.properties.status}
                    shape={isLine(entry.feature) ? "line" : "point"}
                  />
                  <span>{placeName(entry.feature)}</span>
                </>
              ) : (
                <>
                  <span className="map-chooser__count" aria-hidden="true">
                    {fmt.number(entry.ids.length)}
                  </span>
                  <span>{entry.label}</span>
                </>
              )}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
