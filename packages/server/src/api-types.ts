/**
 * The shapes of the HTTP API as types, derived from the zod schemas the routes validate and
 * document with, so that a client (the web app) cannot drift from them. Types only: this
 * module has no runtime code, and importing it with `import type` adds nothing to a bundle.
 * Published as `@hindsight/server/api-types` (its d.ts only).
 *
 * Each response alias is the schema's output, what a response carries once serialised as
 * JSON; request bodies are the schemas' input.
 */
import type { z } from 'zod';
import type {
  createUserSchema,
  meSchema,
  teamSchema,
  updateUserSchema,
  userListSchema,
  userSchema,
  userSummarySchema,
} from './http/auth/account-schemas.js';
import type { lintResultSchema } from './http/routes/lint-routes.js';
import type { revisionInfoSchema, storedRevisionSchema } from './http/routes/revision-routes.js';
import type { templateInfoSchema } from './http/routes/template-routes.js';
import type {
  actionItemsResponseSchema,
  factorsResponseSchema,
  summaryResponseSchema,
} from './http/schemas/insight-schemas.js';
import type { pageSchema, summarySchema } from './http/schemas/list-schemas.js';
import type { postmortemResponseSchema } from './http/schemas/postmortem-schemas.js';
import type { highlightedTextSchema, searchResponseSchema } from './http/schemas/search-schemas.js';
import type {
  actionItemStatsSchema,
  actionItemViewSchema,
  commentListSchema,
  commentSchema,
  reviewEventSchema,
  reviewResultSchema,
  reviewStatusSchema,
  sectionAnchorSchema,
} from './http/schemas/workflow-schemas.js';

/** An account in full, as admins see it (`GET /api/users`, `POST`/`PATCH /api/users`). */
export type Account = z.output<typeof userSchema>;
export type Role = Account['role'];
/** Who is signed in (`GET /api/auth/me`, sign-in, setup), with the CSRF token to send. */
export type Session = z.output<typeof meSchema>;
/** An active account as the directory lists it; `role` for editors and admins only. */
export type UserSummary = z.output<typeof userSummarySchema>;
/** An entry of `GET /api/users`: an account in full for admins, a directory entry for others. */
export type UserListEntry = z.output<typeof userListSchema>['items'][number];
export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type Team = z.output<typeof teamSchema>;

/** A page of a list, and the cursor of the next one (null on the last page). */
export type Page<T> = Omit<z.output<ReturnType<typeof pageSchema<z.ZodNever>>>, 'items'> & {
  items: T[];
};
/** One row of the postmortem list. */
export type PostmortemSummary = z.output<typeof summarySchema>;
/** A postmortem with its model, canonical Markdown and revision. */
export type StoredPostmortem = z.output<typeof postmortemResponseSchema>;
export type RevisionInfo = z.output<typeof revisionInfoSchema>;
export type StoredRevision = z.output<typeof storedRevisionSchema>;
export type TemplateInfo = z.output<typeof templateInfoSchema>;
/** The stored document checked against a lint profile (`GET …/lint?profile=`). */
export type LintResult = z.output<typeof lintResultSchema>;
export type LintFinding = LintResult['messages'][number];

export type HighlightedText = z.output<typeof highlightedTextSchema>;
/** One search result: the list row, its rank, and the title and a passage with the matches. */
export type SearchHit = z.output<typeof searchResponseSchema>['items'][number];

export type ActionItemView = z.output<typeof actionItemViewSchema>;
export type ActionItemStats = z.output<typeof actionItemStatsSchema>;

export type ReviewEvent = z.output<typeof reviewEventSchema>;
export type ReviewAction = ReviewEvent['action'];
/** Where a review stands, with the lint profile publishing checks. */
export type ReviewStatus = z.output<typeof reviewStatusSchema>;
export type ReviewState = ReviewStatus['state'];
export type ReviewResult = z.output<typeof reviewResultSchema>;
export type SectionAnchor = z.output<typeof sectionAnchorSchema>;
export type PostmortemComment = z.output<typeof commentSchema>;
export type CommentList = z.output<typeof commentListSchema>;

/** The dashboard's answers: `GET /api/insights/summary`, `…/factors`, `…/action-items`. */
export type InsightSummary = z.output<typeof summaryResponseSchema>;
export type FactorInsights = z.output<typeof factorsResponseSchema>;
export type ActionItemInsights = z.output<typeof actionItemsResponseSchema>;

// Request bodies, as a client writes them (the schemas' input).
export type { CreateCommentInput, UpdateCommentInput } from './workflow/comment-input.js';
export type { RequestReviewInput, ReviewStepInput } from './workflow/review-input.js';
