/** The ladder beside one row of the vertical timeline: a stripe per level, filled once that level is in force, begun with a dot at its rung. */
export function LadderRail({ count, rank, start }: { count: number; rank: number; start?: number | undefined }) {
  return (
    <span className="timeline-rail" aria-hidden="true">
      {Array.from({ length: count }, (_, i) => {
        const level = i + 1;
        const state = level === start ? "start" : level <= rank ? "on" : "off";
        return <i key={level} className={`timeline-rail__stripe timeline-rail__stripe--${state}`} />;
      })}
    </span>
  );
}
