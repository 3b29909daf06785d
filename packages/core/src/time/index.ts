export type {
  CalendarDate,
  Clock,
  FoundDate,
  FoundTime,
  FullDate,
  ParsedClock,
  ParsedDate,
  ParsedZone,
  TimeProblem,
  TimeProblemCode,
  Zone,
} from './types.js';
export { parseClock } from './parse-clock.js';
export { parseZone, parseZoneDetailed } from './parse-zone.js';
export { zoneFromId } from './zone-from-id.js';
export { zoneOffsetAt } from './zone-offset.js';
export { parseDate, findDates } from './parse-date.js';
export { findLeadingTime } from './find-leading-time.js';
export { stripLeadingSeparator } from './strip-leading-separator.js';
export { findTimes } from './find-times.js';
export { resolveTimeline } from './resolve-timeline.js';
export type { ResolvedTime, TimelineContext, TimelineItem } from './resolve-timeline.js';
export { toInstant, minutesBetween } from './instant.js';
export { daysFromCivil } from './calendar.js';
export { formatClock, formatDate } from './format.js';
export { parseDuration } from './parse-duration.js';
export { formatDuration } from './format-duration.js';
export { findTimezoneStatement } from './timezone-statement.js';
