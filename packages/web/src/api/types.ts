/**
 * The shapes the API sends, as the app uses them. They are the server's own: derived from
 * the zod schemas its routes validate with (`@hindsight/server/api-types`), imported as types
 * only, so the bundle gains nothing and the first page still ships no zod. A renamed or
 * retyped field on the server is a type error here.
 */
import type { Session, UserListEntry } from '@hindsight/server/api-types';

export type {
  Account,
  ActionItemStats,
  ActionItemView,
  CommentList,
  CreateUserInput,
  UpdateUserInput,
  CreateCommentInput,
  UpdateCommentInput,
  RequestReviewInput,
  ReviewStepInput,
  HighlightedText,
  LintFinding,
  LintResult,
  Page,
  PostmortemComment,
  PostmortemSummary,
  ReviewAction,
  ReviewEvent,
  ReviewResult,
  ReviewState,
  ReviewStatus,
  Role,
  SearchHit,
  SectionAnchor,
  Session,
  StoredPostmortem,
  StoredRevision,
  RevisionInfo,
  Team,
  TemplateInfo,
} from '@hindsight/server/api-types';

/** The signed-in account, as `GET /api/auth/me` gives it. */
export type User = Session['user'];

/**
 * An entry of `GET /api/users` as anyone may read it: admins get accounts in full (disabled
 * ones too), editors names with roles, others names only.
 */
export type UserSummary = UserListEntry;
