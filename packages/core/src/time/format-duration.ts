/**
 * Formats minutes for people: `1 h 50 min`, `45 min`, `2 d 3 h`, `30 s` under a minute.
 * Whole minutes otherwise (rounded); a negative duration keeps its sign.
 *
 * @example formatDuration(110) // '1 h 50 min'
 */
export function formatDuration(minutes: number): string {
  if (minutes < 0) return `-${formatDuration(-minutes)}`;
  if (minutes > 0 && minutes < 1) return `${Math.round(minutes * 60)} s`;
  const total = Math.round(minutes);
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (mins > 0 || parts.length === 0) parts.push(`${mins} min`);
  return parts.join(' ');
}
