import { formatMinutes, niceScale } from './chart-scale.js';

export interface LineSeries {
  readonly key: string;
  readonly label: string;
  /** One value per category; null where there is none (the line breaks there). */
  readonly values: readonly (number | null)[];
}

const W = 640;
const H = 240;
const PAD = { top: 12, right: 36, bottom: 40, left: 64 };

/** Lines over categories (months), with a dot on every value so single points show too. */
export function LineChart({
  labelledBy,
  categories,
  series,
}: {
  readonly labelledBy: string;
  readonly categories: readonly { readonly key: string; readonly label: string }[];
  readonly series: readonly LineSeries[];
}) {
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const { top, ticks } = niceScale(Math.max(0, ...all));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = categories.length > 1 ? plotW / (categories.length - 1) : 0;
  const x = (i: number) => PAD.left + (categories.length > 1 ? i * step : plotW / 2);
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const every = Math.max(1, Math.ceil(categories.length / Math.floor(plotW / 56)));

  function path(values: readonly (number | null)[]): string {
    let d = '';
    let pen = false;
    values.forEach((v, i) => {
      if (v === null) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      pen = true;
    });
    return d;
  }

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
              {formatMinutes(t)}
            </text>
          </g>
        ))}
        {categories.map(
          (c, i) =>
            i % every === 0 && (
              <text
                key={c.key}
                className="chart-tick"
                x={x(i)}
                y={H - PAD.bottom + 16}
                textAnchor="middle"
              >
                {c.label}
              </text>
            ),
        )}
        {series.map((s) => (
          <g key={s.key} className={`chart-line-${s.key}`}>
            <path className="chart-line" d={path(s.values)} />
            {s.values.map((v, i) =>
              v === null ? null : (
                <circle key={i} className="chart-dot" cx={x(i)} cy={y(v)} r={3.5} />
              ),
            )}
          </g>
        ))}
      </svg>
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.key} className={`chart-line-${s.key}`}>
            <span className="chart-swatch chart-swatch-line" />
            {s.label}
          </li>
        ))}
      </ul>
    </>
  );
}
