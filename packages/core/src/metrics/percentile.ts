/**
 * The `p`-quantile (0 ≤ p ≤ 1) of values sorted in ascending order, by linear interpolation
 * between the two nearest ranks (Hyndman and Fan's type 7: numpy's default, R's default,
 * PostgreSQL's `percentile_cont`, spreadsheets' PERCENTILE.INC). The position is
 * `h = (n − 1) · p`; the result lies `h − ⌊h⌋` of the way from the value at ⌊h⌋ to the next.
 * Chosen over nearest rank so that p = 0.5 is the usual median and so that the database can
 * compute the same figure with `percentile_cont`. Undefined for an empty list.
 *
 * @example
 * percentile([10, 20, 30, 40], 0.5); // 25
 * percentile([10, 20, 30, 40], 0.9); // 37 (h = 2.7: 30 + 0.7 × 10)
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | undefined {
  const n = sorted.length;
  if (n === 0) return undefined;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lower = Math.floor(h);
  const low = sorted[lower] as number;
  const high = sorted[Math.min(n - 1, lower + 1)] as number;
  // Written as low + share × gap, which never leaves [low, high] through rounding.
  return low + (h - lower) * (high - low);
}
