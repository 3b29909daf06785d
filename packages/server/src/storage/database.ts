import type { ColumnType, Generated } from 'kysely';
import type {
  ActionStatus,
  ActionType,
  Priority,
  Severity,
  Status,
  TimelineKind,
  Visibility,
} from '@hindsight/core';
import type {
  ApiTokensTable,
  InstanceStepsTable,
  LoginAttemptsTable,
  SessionsTable,
  TeamMembersTable,
  TeamsTable,
  UsersTable,
} from './account-tables.js';
import type { CommentsTable, ReviewEventsTable } from './workflow-tables.js';
import type { PostmortemSearchKeysTable, PostmortemSearchTable } from './search-tables.js';
import type {
  PostmortemInsightFactorsTable,
  PostmortemInsightTextsTable,
  PostmortemInsightsTable,
} from './insights-tables.js';

/**
 * A JSON value: written as JSON text on every dialect, read back as whatever the driver gives
 * (text on SQLite, a parsed value from PostgreSQL's jsonb). Decode it with the dialect
 * adapter's `decodeJson`, never by guessing from its type.
 */
export type JsonColumn = ColumnType<unknown, string, string>;

/**
 * An instant as fixed-width ISO 8601 UTC text (`2024-03-20T14:23:00.000Z`) on every dialect,
 * so that text order is time order and both dialects return the very same strings.
 */
export type Timestamp = string;

/** One row per postmortem: the current revision's model, Markdown and derived columns. */
export interface PostmortemsTable {
  id: string;
  slug: string;
  title: string;
  /** Lower-cased title, compared byte by byte on both dialects so that sorting agrees. */
  title_key: string;
  status: Status;
  severity: Severity | null;
  /** 1 (critical) to 4 (low), 5 when unknown: the sort key of `severity`. */
  severity_rank: number;
  visibility: Visibility;
  /** The day the incident began, `YYYY-MM-DD`. */
  date: string | null;
  /** `date`, or '' when unknown: a sort key that is never null (dialects order nulls apart). */
  date_key: string;
  timezone: string | null;
  template: string | null;
  impact_started_at: Timestamp | null;
  detected_at: Timestamp | null;
  responded_at: Timestamp | null;
  mitigated_at: Timestamp | null;
  resolved_at: Timestamp | null;
  /** Core's metrics (`incidentMetrics`): duration, time to detect, respond, mitigate. */
  duration_minutes: number | null;
  minutes_to_detect: number | null;
  minutes_to_respond: number | null;
  minutes_to_mitigate: number | null;
  follow_up_date: string | null;
  /** JSON arrays of names, for list rows; filters use `postmortem_labels`. */
  services: JsonColumn;
  teams: JsonColumn;
  tags: JsonColumn;
  authors: JsonColumn;
  /** The structured model (normalised), as JSON. */
  model: JsonColumn;
  /** The canonical Markdown of `model`. */
  markdown: string;
  revision: number;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  updated_by: string;
  deleted_at: Timestamp | null;
  deleted_by: string | null;
}

/** Every saved version of a postmortem, numbered from 1. */
export interface RevisionsTable {
  postmortem_id: string;
  number: number;
  title: string;
  model: JsonColumn;
  markdown: string;
  author: string;
  created_at: Timestamp;
  summary: string | null;
}

/**
 * The kinds of label a postmortem is filtered by; `reviewer` and `reader` (its distribution
 * list) are there for the access check of restricted postmortems (`viewer.ts`).
 */
export type LabelKind = 'service' | 'team' | 'tag' | 'author' | 'reviewer' | 'reader';

/** Derived rows: one per service, team, tag, author, reviewer and reader, for indexed filters. */
export interface PostmortemLabelsTable {
  postmortem_id: string;
  kind: LabelKind;
  value: string;
}

/** Action items as first-class rows, kept in step with the current revision's model. */
export interface ActionItemsTable {
  id: string;
  postmortem_id: string;
  position: number;
  title: string;
  type: ActionType | null;
  owner: string | null;
  due: string | null;
  status: ActionStatus;
  priority: Priority | null;
  link: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Derived rows of the current revision's timeline, for queries across postmortems. */
export interface TimelineEntriesTable {
  postmortem_id: string;
  position: number;
  /** The resolved instant in UTC, when known. */
  at: Timestamp | null;
  /** The time exactly as written. */
  time_text: string;
  kind: TimelineKind;
  text: string;
}

/** Who did what, when. Rows outlive the postmortem they name (no foreign key). */
export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor: string;
  action: AuditAction;
  postmortem_id: string | null;
  revision: number | null;
  details: ColumnType<unknown, string | null, string | null>;
}

/** Actions recorded in the audit log. */
export type AuditAction =
  | 'postmortem.create'
  | 'postmortem.update'
  | 'postmortem.restore-revision'
  | 'postmortem.delete'
  | 'postmortem.restore'
  // Accounts (auth): details name the user, team or token concerned.
  | 'setup.first-admin'
  | 'user.create'
  | 'user.update'
  | 'user.password'
  | 'team.create'
  | 'team.add-member'
  | 'team.remove-member'
  | 'token.create'
  | 'token.revoke'
  | 'session.login'
  | 'session.logout'
  // Workflow: action items, comments and review transitions.
  | 'action-item.create'
  | 'action-item.update'
  | 'action-item.delete'
  | 'comment.create'
  | 'comment.update'
  | 'comment.delete'
  | 'review.request'
  | 'review.approve'
  | 'review.request-changes'
  | 'review.publish'
  | 'review.unpublish';

/** The database as Kysely sees it. */
export interface Database {
  postmortems: PostmortemsTable;
  revisions: RevisionsTable;
  postmortem_labels: PostmortemLabelsTable;
  action_items: ActionItemsTable;
  timeline_entries: TimelineEntriesTable;
  audit_log: AuditLogTable;
  users: UsersTable;
  teams: TeamsTable;
  team_members: TeamMembersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  login_attempts: LoginAttemptsTable;
  instance_steps: InstanceStepsTable;
  comments: CommentsTable;
  review_events: ReviewEventsTable;
  postmortem_search: PostmortemSearchTable;
  postmortem_search_keys: PostmortemSearchKeysTable;
  postmortem_insights: PostmortemInsightsTable;
  postmortem_insight_texts: PostmortemInsightTextsTable;
  postmortem_insight_factors: PostmortemInsightFactorsTable;
}
