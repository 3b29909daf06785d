const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whole days from one `YYYY-MM-DD` date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number | undefined {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}

function dayNumber(date: string): number | undefined {
  const m = DAY.exec(date);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}
