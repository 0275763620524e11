import { SegmentedControl } from "../../charts/SegmentedControl";
import { useLocale } from "../../lib/locale";
import type { FlowChoice, ReporterChoice, Scale, UrlState } from "../../lib/urlState";
import { YearRange } from "./YearRange";

interface Props {
  state: UrlState;
  update: (patch: Partial<UrlState>) => void;
  extent: [number, number];
  range: [number, number];
  play: { playing: boolean; year: number | null; toggle: () => void };
}

/** The trade view's controls: who reports, which flow, which scale, which years, and Play. */
export function TradeControls({ state, update, extent, range, play }: Props) {
  const { t } = useLocale();
  return (
    <div className="trade__controls">
      <SegmentedControl<ReporterChoice>
        label={t("trade.control.reporter")}
        value={state.reporter}
        onChange={(reporter) => update({ reporter })}
        options={[
          { value: "cn", label: t("trade.reporterShort.cn") },
          { value: "kz", label: t("trade.reporterShort.kz") },
          { value: "both", label: t("trade.reporter.both") },
        ]}
      />
      <SegmentedControl<FlowChoice>
        label={t("trade.control.flow")}
        value={state.flow}
        onChange={(flow) => update({ flow })}
        options={[
          { value: "total", label: t("trade.flow.total") },
          { value: "split", label: t("trade.flow.split") },
        ]}
      />
      <SegmentedControl<Scale>
        label={t("trade.control.scale")}
        value={state.scale}
        onChange={(scale) => update({ scale })}
        options={[
          { value: "linear", label: t("trade.scale.linear") },
          { value: "log", label: t("trade.scale.log") },
        ]}
      />
      <YearRange
        extent={extent}
        value={range}
        onChange={([from, to]) => update({ from: from === extent[0] ? null : from, to: to === extent[1] ? null : to })}
      />
      <button type="button" className="button trade__play" onClick={play.toggle} aria-pressed={play.playing}>
        {play.playing ? t("trade.pause") : play.year !== null ? t("trade.resume") : t("trade.play")}
      </button>
    </div>
  );
}
