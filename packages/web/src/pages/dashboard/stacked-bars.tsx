import { niceScale } from './chart-scale.js';

export interface StackedSeries {
  readonly key: string;
  readonly label: string;
}

const W = 640;
const H = 240;
const PAD = { top: 12, right: 28, bottom: 40, left: 40 };

/**
 * Vertical bars, one per category (month), each stacked from `series` (severities). Colours
 * come from CSS classes (`chart-fill-<key>`) so light and dark themes each pick theirs.
 */
export function StackedBars({
  labelledBy,
  categories,
  series,
  values,
}: {
  readonly labelledBy: string;
  readonly categories: readonly { readonly key: string; readonly label: string }[];
  readonly series: readonly StackedSeries[];
  /** values[category index][series key] */
  readonly values: readonly Readonly<Record<string, number>>[];
}) {
  const totals = values.map((v) => series.reduce((sum, s) => sum + (v[s.key] ?? 0), 0));
  const { top, ticks } = niceScale(Math.max(0, ...totals));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const band = plotW / Math.max(1, categories.length);
  const barW = Math.max(2, Math.min(40, band * 0.7));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  // Label every month when they fit, else every nth, so labels never overlap.
  const every = Math.max(1, Math.ceil(categories.length / Math.floor(plotW / 56)));

  return (
    <>
      <svg
        className="chart"
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={labelledBy}
        preserveAspectRatio="xMidYMid meet"
      >
        {ticks.map((t) => (
          <g key={t}>
            <line className="chart-grid" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text className="chart-tick" x={PAD.left - 6} y={y(t) + 4} textAnchor="end">
              {t}
            </text>
          </g>
        ))}
        {categories.map((c, i) => {
          let base = 0;
          const x = PAD.left + i * band + (band - barW) / 2;
          return (
            <g key={c.key}>
              {series.map((s) => {
                const v = values[i]?.[s.key] ?? 0;
                if (v === 0) return null;
                const rect = (
                  <rect
                    key={s.key}
                    className={`chart-fill-${s.key}`}
                    x={x}
                    width={barW}
                    y={y(base + v)}
                    height={y(base) - y(base + v)}
                  />
                );
                base += v;
                return rect;
              })}
              {i % every === 0 && (
                <text
                  className="chart-tick"
                  x={x + barW / 2}
                  y={H - PAD.bottom + 16}
                  textAnchor="middle"
                >
                  {c.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key}>
            <span className={`chart-swatch chart-fill-${s.key}`} />
            {s.label}
          </li>
        ))}
      </ul>
    </>
  );
}
