/**
 * Horizontal bars with their labels and values written beside them: a ranked list (services,
 * factors, statuses) reads best this way, and long names need no rotated text.
 */
export function BarList({
  labelledBy,
  items,
  format = String,
}: {
  readonly labelledBy: string;
  readonly items: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: number;
    readonly tone?: string;
  }[];
  readonly format?: (value: number) => string;
}) {
  const W = 640;
  const ROW = 28;
  const LABEL = 200;
  const VALUE = 56;
  const H = items.length * ROW + 4;
  const max = Math.max(1, ...items.map((i) => i.value));
  const plotW = W - LABEL - VALUE;
  return (
    <svg
      className="chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-labelledby={labelledBy}
      preserveAspectRatio="xMinYMin meet"
    >
      {items.map((item, i) => {
        const y = i * ROW + 4;
        const w = (item.value / max) * plotW;
        return (
          <g key={item.key}>
            <text className="chart-label" x={LABEL - 8} y={y + ROW / 2 + 1} textAnchor="end">
              {item.label.length > 28 ? `${item.label.slice(0, 27)}…` : item.label}
            </text>
            <rect
              className={`chart-fill-${item.tone ?? 'accent'}`}
              x={LABEL}
              y={y + 4}
              width={Math.max(item.value > 0 ? 2 : 0, w)}
              height={ROW - 10}
              rx={3}
            />
            <text className="chart-label" x={LABEL + w + 6} y={y + ROW / 2 + 1}>
              {format(item.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
