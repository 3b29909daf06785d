import type { Postmortem, Severity, Status, Visibility } from '@hindsight/core';

/** A postmortem as stored: its current model and Markdown, with who changed it and when. */
export interface StoredPostmortem {
  readonly id: string;
  readonly slug: string;
  /** The current revision number; a write must name it as its base. */
  readonly revision: number;
  readonly model: Postmortem;
  /** The canonical Markdown of `model`. */
  readonly markdown: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  /** When it was moved to the trash; null while it is live. */
  readonly deletedAt: string | null;
  readonly deletedBy: string | null;
}

/** A row of a postmortem list: what a list or a table shows, without the document. */
export interface PostmortemSummary {
  readonly id: string;
  readonly slug: string;
  readonly title: string;
  readonly status: Status;
  readonly severity: Severity | null;
  readonly visibility: Visibility;
  readonly date: string | null;
  readonly services: string[];
  readonly teams: string[];
  readonly tags: string[];
  readonly authors: string[];
  readonly durationMinutes: number | null;
  readonly revision: number;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly updatedBy: string;
  readonly deletedAt: string | null;
}

/** One entry of a postmortem's history, without the document. */
export interface RevisionInfo {
  readonly number: number;
  readonly title: string;
  readonly author: string;
  readonly createdAt: string;
  readonly summary: string | null;
}

/** A saved version of a postmortem, with its document. */
export interface StoredRevision extends RevisionInfo {
  readonly postmortemId: string;
  readonly model: Postmortem;
  readonly markdown: string;
}

/** A page of a list, and the cursor of the next page when there is one. */
export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}
