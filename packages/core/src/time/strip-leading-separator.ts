/**
 * What may separate a leading time from its entry's text, removed repeatedly: spaces,
 * dashes and arrows standing alone (` - `, ` – `, ` — `, `->`), `:`, `|`, `,`, closing
 * brackets and closing inline HTML tags.
 */
const SEPARATOR =
  /^(?:[\s\u00a0\u2000-\u200b\u3000]+|[-–—]+(?=\s|$)|->|=>|→|[:|,;)\]}]|<\/(?:b|strong|em|i|u|code|span|mark)>)/i;
const EMPHASIS_RUN = /^(?:\*{1,3}|_{1,3}|~~)/;

/**
 * Removes the separator between a leading time and the entry's text, given what follows the
 * time: `** - Outage begins`, `:** Alas`, `**: 🚨 **Alert**: ...`, `* - Engineer ...`,
 * `     | Proactively ...`. Emphasis marks are removed only when they close the time's
 * emphasis (glued to it, or before a space), so `**OUTAGE BEGINS**` keeps its own.
 *
 * @example stripLeadingSeparator('**: Monitoring fired') // 'Monitoring fired'
 */
export function stripLeadingSeparator(rest: string): string {
  let s = rest;
  let afterSpace = false;
  for (;;) {
    const emphasis = EMPHASIS_RUN.exec(s);
    if (emphasis !== null) {
      const next = s.charAt(emphasis[0].length);
      // An opening mark follows a space and precedes a word; anything else closes.
      const opens = afterSpace && next !== '' && !/[\s:|)\]-]/.test(next);
      if (opens) return s;
      s = s.slice(emphasis[0].length);
      afterSpace = false;
      continue;
    }
    const sep = SEPARATOR.exec(s);
    if (sep === null) return s;
    afterSpace = /\s$/.test(sep[0]);
    s = s.slice(sep[0].length);
  }
}
