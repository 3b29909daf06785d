/**
 * An instant in the reader's own time zone (with the zone's short name), and the UTC instant
 * in `datetime` and in the tooltip, so that people in different zones can agree on when.
 */
export function LocalTime({ iso }: { readonly iso: string }) {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return <time>{iso}</time>;
  return (
    <time dateTime={date.toISOString()} title={utcText(date)}>
      {LOCAL.format(date)}
    </time>
  );
}

// dateStyle and timeStyle may not be combined with timeZoneName, hence the parts.
const LOCAL = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});

/** `2024-03-02 14:05 UTC`: the same text in every zone and locale. */
export function utcText(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
