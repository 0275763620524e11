import { SegmentedControl, type SegmentedOption } from "../../charts/SegmentedControl";
import { useControlShown } from "../../charts/useControlShown";
import { useLocale } from "../../lib/locale";
import type { TradeUrlState } from "./urlKeys";
import { YearRange } from "./YearRange";

/** The trade view's segmented choices, each a URL key with a `trade.control.<key>` label. */
type Choice = "reporter" | "flow" | "scale";

interface Props {
  state: TradeUrlState;
  update: (patch: Partial<TradeUrlState>) => void;
  extent: [number, number];
  range: [number, number];
  play: { playing: boolean; year: number | null; toggle: () => void };
}

/** The trade view's controls: who reports, which flow, which scale, which years, and Play. */
export function TradeControls({ state, update, extent, range, play }: Props) {
  const { t } = useLocale();
  const shown = {
    reporter: useControlShown("reporter"),
    flow: useControlShown("flow"),
    scale: useControlShown("scale"),
    from: useControlShown("from"),
    play: useControlShown("play"),
  };
  /** A choice kept in the URL under `key`, labelled by the message of the same name. */
  const choice = <K extends Choice>(key: K, options: SegmentedOption<TradeUrlState[K]>[]) =>
    shown[key] && (
      <SegmentedControl<TradeUrlState[K]>
        label={t(`trade.control.${key}`)}
        value={state[key]}
        onChange={(value) => update({ [key]: value } as Pick<TradeUrlState, K>)}
        options={options}
      />
    );
  return (
    <div className="trade__controls">
      {choice("reporter", [
        { value: "cn", label: t("trade.reporterShort.cn") },
        { value: "kz", label: t("trade.reporterShort.kz") },
        { value: "both", label: t("trade.reporter.both") },
      ])}
      {choice("flow", [
        { value: "total", label: t("trade.flow.total") },
        { value: "split", label: t("trade.flow.split") },
      ])}
      {choice("scale", [
        { value: "linear", label: t("trade.scale.linear") },
        { value: "log", label: t("trade.scale.log") },
      ])}
      {shown.from && (
        <YearRange
          extent={extent}
          value={range}
          onChange={([from, to]) => update({ from: from === extent[0] ? null : from, to: to === extent[1] ? null : to })}
        />
      )}
      {shown.play && (
        <button type="button" className="button trade__play" onClick={play.toggle} aria-pressed={play.playing}>
          {play.playing ? t("trade.pause") : play.year !== null ? t("trade.resume") : t("trade.play")}
        </button>
      )}
    </div>
  );
}
