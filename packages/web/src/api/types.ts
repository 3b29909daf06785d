import type {
  ActionStatus,
  ActionType,
  Postmortem,
  Priority,
  Severity,
  Status,
  Visibility,
} from '@hindsight/core';

/**
 * The shapes the API sends, as the app uses them. They mirror the server's zod response
 * schemas (packages/server/src/http/routes); only types are imported from core, so the first
 * page does not ship zod.
 */
export type Role = 'admin' | 'editor' | 'reviewer' | 'viewer';

export interface User {
  readonly id: string;
  readonly username: string;
  readonly displayName: string | null;
  readonly email: string | null;
  readonly role: Role;
  readonly disabled: boolean;
}

/** Who is signed in (GET /api/auth/me), with the CSRF token unsafe requests must carry. */
export interface Session {
  readonly user: User;
  /** The role requests act with. */
  readonly role: Role;
  readonly teams: readonly string[];
  readonly via: 'session' | 'token';
  readonly csrfToken?: string;
  readonly expiresAt: string | null;
}

export interface PostmortemSummary {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly status: Status;
  readonly severity: Severity | null;
  readonly visibility: Visibility;
  readonly date: string | null;
  readonly services: readonly string[];
  readonly teams: readonly string[];
  readonly tags: readonly string[];
  readonly authors: readonly string[];
  readonly durationMinutes: number | null;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** Plain text and the `[start, end)` ranges in it that matched a search. */
export interface HighlightedText {
  readonly text: string;
  readonly highlights: readonly (readonly [number, number])[];
}

/** A search result: the list row, its rank, and the title and a passage with the matches. */
export interface SearchHit {
  readonly postmortem: PostmortemSummary;
  readonly score: number;
  readonly title: HighlightedText;
  readonly snippet: HighlightedText;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor: string | null;
}

export interface StoredPostmortem {
  readonly id: string;
  readonly slug: string;
  readonly revision: number;
  readonly model: Postmortem;
  readonly markdown: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

export interface RevisionInfo {
  readonly number: number;
  readonly title: string;
  readonly author: string;
  readonly createdAt: string;
  readonly summary: string | null;
}

export interface StoredRevision extends RevisionInfo {
  readonly model: Postmortem;
  readonly markdown: string;
}

export interface TemplateInfo {
  readonly name: string;
  readonly description: string;
}

/** One row of the action-item board, across postmortems. */
export interface ActionItemView {
  readonly id: string;
  readonly postmortem: { readonly id: string; readonly slug: string; readonly title: string };
  readonly position: number;
  readonly title: string;
  readonly type: ActionType | null;
  readonly owner: string | null;
  readonly due: string | null;
  readonly status: ActionStatus;
  readonly priority: Priority | null;
  readonly link: string | null;
  readonly overdue: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** Counts of the board under its filters. */
export interface ActionItemStats {
  readonly total: number;
  readonly byStatus: Partial<Record<ActionStatus, number>>;
  readonly overdue: number;
  readonly unassigned: number;
}

export interface Team {
  readonly id: string;
  readonly name: string;
  readonly createdAt: string;
  readonly members: readonly string[];
}

/** A full account, as admins see it. */
export interface Account extends User {
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** An active account as everyone may list it (GET /api/users for non-admins), to name reviewers. */
export interface UserSummary {
  readonly id: string;
  readonly username: string;
  readonly displayName: string | null;
  /** For editors and admins, who pick reviewers. */
  readonly role?: Role;
  readonly disabled?: boolean;
}

export type ReviewState = 'none' | 'in-review' | 'changes-requested' | 'approved' | 'published';
export type ReviewAction = 'request' | 'approve' | 'request-changes' | 'publish' | 'unpublish';

/** One review transition: who did what, on which revision, and when. */
export interface ReviewEvent {
  readonly id: number;
  readonly action: ReviewAction;
  readonly actor: string;
  /** ISO instant (UTC). */
  readonly at: string;
  readonly revision: number;
  readonly note: string | null;
  /** The reviewers asked, for `request` events; empty otherwise. */
  readonly reviewers: readonly string[];
}

/** Where a postmortem's review stands (GET /api/postmortems/:id/review). */
export interface ReviewStatus {
  readonly state: ReviewState;
  readonly reviewers: readonly string[];
  readonly requestedBy: string | null;
  readonly decisions: Readonly<Record<string, 'approve' | 'request-changes'>>;
  /** The approval publishing rests on, or null when there is none. */
  readonly standingApproval: ReviewEvent | null;
  /** Every transition, oldest first. */
  readonly events: readonly ReviewEvent[];
  /** The lint profile publishing checks (the server's HINDSIGHT_PUBLISH_PROFILE). */
  readonly publishProfile: string;
}

/** The answer to a review transition. */
export interface ReviewResult {
  readonly review: ReviewStatus;
  readonly postmortem: { readonly id: string; readonly revision: number; readonly status: string };
}

/** A section as comments anchor to it: `id` is stable for a heading, `-2` for a repeat. */
export interface SectionAnchor {
  readonly id: string;
  readonly kind: string;
  readonly heading: string;
}

/** A comment on a section. The app shows `body` as text and never uses `html`. */
export interface PostmortemComment {
  readonly id: string;
  readonly postmortemId: string;
  /** The root comment of the thread; null for a root comment. */
  readonly parentId: string | null;
  /** The section as it was when the comment was written. */
  readonly section: SectionAnchor;
  readonly quote: string | null;
  readonly body: string;
  readonly html: string;
  readonly author: string;
  readonly revision: number;
  readonly resolved: boolean;
  readonly resolvedBy: string | null;
  readonly resolvedAt: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** A deleted comment with replies stays as a placeholder. */
  readonly deleted: boolean;
}

/** A postmortem's comments, oldest first, and the anchors of its current sections. */
export interface CommentList {
  readonly items: readonly PostmortemComment[];
  readonly sections: readonly SectionAnchor[];
}

/** One finding of core's linter (GET /api/postmortems/:id/lint). */
export interface LintFinding {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** The stored document checked against a profile. */
export interface LintResult {
  readonly profile: string;
  readonly revision: number;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly messages: readonly LintFinding[];
}
