import type {
  ActionStatus,
  ActionType,
  Degradation,
  Detection,
  FactorCategory,
  Priority,
  Severity,
  Status,
} from '../model/index.js';

/** Words shown for the model's enum values. */
export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  draft: 'Draft',
  'in-review': 'In review',
  published: 'Published',
  archived: 'Archived',
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const ACTION_STATUS_LABELS: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': 'Will not do',
};

export const ACTION_TYPE_LABELS: Readonly<Record<ActionType, string>> = {
  prevent: 'Prevent',
  detect: 'Detect',
  respond: 'Respond',
  document: 'Document',
  other: 'Other',
};

export const PRIORITY_LABELS: Readonly<Record<Priority, string>> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

export const DEGRADATION_LABELS: Readonly<Record<Degradation, string>> = {
  'complete-outage': 'Complete outage',
  'partial-outage': 'Partial outage',
  degraded: 'Degraded service',
};

export const DETECTION_SOURCE_LABELS: Readonly<Record<NonNullable<Detection['source']>, string>> = {
  monitoring: 'Monitoring',
  customer: 'A customer',
  engineer: 'An engineer',
  'third-party': 'A third party',
  other: 'Other',
};

export const FACTOR_CATEGORY_LABELS: Readonly<Record<FactorCategory, string>> = {
  change: 'Change',
  capacity: 'Capacity',
  configuration: 'Configuration',
  dependency: 'Dependency',
  hardware: 'Hardware',
  monitoring: 'Monitoring',
  process: 'Process',
  software: 'Software',
  security: 'Security',
  other: 'Other',
};
