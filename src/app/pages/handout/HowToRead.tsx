import { useLocale } from "../../../lib/locale";
import type { MessageKey } from "../../../lib/i18n";

/** A line sample and a point sample, drawn as the charts draw them (px). */
const SAMPLE = { width: 30, height: 12, dash: "7 5", radius: 4 } as const;

/** A small picture of what an item explains, or nothing. */
type Glyph = "lines" | "hollow" | null;

const ITEMS: readonly { key: MessageKey; glyph: Glyph }[] = [
  { key: "handout.howTo.reporters", glyph: "lines" },
  { key: "handout.howTo.log", glyph: null },
  { key: "handout.howTo.unverified", glyph: "hollow" },
  { key: "handout.howTo.unknown", glyph: null },
  { key: "handout.howTo.qr", glyph: null },
];

/** "How to read these charts": reporters, the log scale, flagged and undisclosed values, the QR codes. */
export function HowToRead() {
  const { t } = useLocale();
  return (
    <section className="handout-howto">
      <h2 className="handout-cover__subhead">{t("handout.howTo.title")}</h2>
      <ul className="handout-howto__list">
        {ITEMS.map(({ key, glyph }) => (
          <li key={key}>
            <span className="handout-howto__glyph" aria-hidden="true">
              {glyph && <GlyphSvg glyph={glyph} />}
            </span>
            <span>{t(key)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function GlyphSvg({ glyph }: { glyph: Exclude<Glyph, null> }) {
  const { width, height, dash, radius } = SAMPLE;
  if (glyph === "hollow")
    return (
      <svg width={width} height={height}>
        <circle cx={width / 2} cy={height / 2} r={radius} fill="none" stroke="currentColor" strokeWidth={2} />
      </svg>
    );
  return (
    <svg width={width} height={height * 2}>
      <line x1={1} x2={width - 1} y1={height / 2} y2={height / 2} stroke="currentColor" strokeWidth={2.5} />
      <line x1={1} x2={width - 1} y1={height * 1.5} y2={height * 1.5} stroke="currentColor" strokeWidth={2.5} strokeDasharray={dash} />
    </svg>
  );
}
