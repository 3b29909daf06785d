import { findDates, formatDate } from '../time/index.js';

/** The first complete calendar date in free text, as `YYYY-MM-DD`; undefined without a year. */
export function readLooseDate(text: string): string | undefined {
  for (const found of findDates(text)) {
    if (found.date?.year !== undefined) {
      return formatDate({ year: found.date.year, month: found.date.month, day: found.date.day });
    }
  }
  return undefined;
}
