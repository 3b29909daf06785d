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
