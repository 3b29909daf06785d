import type { RuleModule } from '../types.js';
import { actionItemFields } from './action-item-fields.js';
import { blamelessLanguage } from './blameless-language.js';
import { consistentTimezone } from './consistent-timezone.js';
import { correctiveMeasures } from './corrective-measures.js';
import { fiveWhysDepth } from './five-whys-depth.js';
import { followUpScheduled } from './follow-up-scheduled.js';
import { impactQuantified } from './impact-quantified.js';
import { noEmptySection } from './no-empty-section.js';
import { noPlaceholder } from './no-placeholder.js';
import { requiredSections } from './required-sections.js';
import { resolutionExplained } from './resolution-explained.js';
import { rootCauseStated } from './root-cause-stated.js';
import { summaryDuration } from './summary-duration.js';
import { timelineBullets } from './timeline-bullets.js';
import { timelineCoverage } from './timeline-coverage.js';
import { timelineEntryTime } from './timeline-entry-time.js';
import { timelineOrder } from './timeline-order.js';
import { timelineTimeFormat } from './timeline-time-format.js';
import { validMetadata } from './valid-metadata.js';
import { validTimes } from './valid-times.js';
import { wordCount } from './word-count.js';

/**
 * Every rule, in the order they run and are listed in the docs: structure first, then the
 * summary, the timeline, the analysis, the actions, the metadata and the wording. Profiles and
 * the docs' rules table are built from these rules' metadata; a test checks that each file in
 * this folder is listed here under the id of its file name.
 */
export const RULES: readonly RuleModule[] = [
  requiredSections,
  noEmptySection,
  noPlaceholder,
  summaryDuration,
  impactQuantified,
  rootCauseStated,
  timelineEntryTime,
  timelineBullets,
  timelineOrder,
  consistentTimezone,
  timelineCoverage,
  timelineTimeFormat,
  resolutionExplained,
  correctiveMeasures,
  actionItemFields,
  fiveWhysDepth,
  wordCount,
  validMetadata,
  validTimes,
  followUpScheduled,
  blamelessLanguage,
];
