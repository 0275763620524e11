// Generated trade data for the interaction benchmark: schema-valid (src/data/schemas/trade.ts) and passing the
// data check's cross-checks, but far larger than the real file. Years are bounded (the schemas' 1950–2035), so
// 10,000 points are 125 series of 80 years: about half reported by China, half by Kazakhstan, all of them totals,
// drawn together with ?reporter=both.

/** A small deterministic generator (mulberry32), so every run draws the same chart. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The years every generated series covers. */
export const BENCH_YEARS = { from: 1950, to: 2029 };

/**
 * A trade file of `series` × 80 points, built on the real file's reporters, targets and source ids.
 * Values follow a noisy exponential rise from about $100M to about $50B, each series at its own level.
 */
export function generateTradeFile(real, series = 125) {
  const next = random(20231);
  const provenance = { sources: real.series[0].points[0].sources, confidence: "verified" };
  const years = BENCH_YEARS.to - BENCH_YEARS.from + 1;
  const generated = Array.from({ length: series }, (_, s) => {
    const reporter = s % 2 === 0 ? "cn" : "kz";
    const n = Math.floor(s / 2);
    const level = 0.5 + next();
    let value = 100 * level;
    const points = Array.from({ length: years }, (_, i) => {
      value *= 1.065 + (next() - 0.5) * 0.12;
      return { year: BENCH_YEARS.from + i, value: Math.round(value * 10) / 10, unit: "USD million", reporter, ...provenance };
    });
    return {
      id: n === 0 ? `${reporter}-total` : `${reporter}-total-${n + 1}`,
      reporter,
      flow: "total",
      label: `Generated series ${s + 1} (${reporter === "cn" ? "China customs" : "Kazakhstan's statistics"})`,
      points,
    };
  });
  // The rest of the file (targets, the reporter gap, what the trade is made of, shares) as it is.
  const { $schema: _schema, series: _series, ...rest } = real;
  return { ...rest, series: generated };
}
