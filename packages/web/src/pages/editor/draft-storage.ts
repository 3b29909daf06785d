import type { Postmortem } from '@hindsight/core';

/** An edit not yet saved, kept in this browser until the server has it. */
export interface Draft {
  readonly baseRevision: number;
  readonly model: Postmortem;
  readonly savedAt: string;
}

const key = (id: string) => `hindsight.draft.${id}`;
const asideKey = (id: string) => `hindsight.draft-aside.${id}`;

// localStorage can be full or refused (private mode); the draft is then only in memory,
// which is what the editor had before, so failures are ignored on purpose.
export function saveDraft(id: string, draft: Draft): void {
  try {
    localStorage.setItem(key(id), JSON.stringify(draft));
  } catch {
    /* see above */
  }
}

export function loadDraft(id: string): Draft | null {
  try {
    const raw = localStorage.getItem(key(id));
    if (!raw) return null;
    const draft = JSON.parse(raw) as Draft;
    return typeof draft.baseRevision === 'number' && draft.model ? draft : null;
  } catch {
    return null;
  }
}

export function clearDraft(id: string): void {
  try {
    localStorage.removeItem(key(id));
  } catch {
    /* see above */
  }
}

/** Keeps a copy of the user's version set aside on a conflict, under its own key. */
export function saveAside(id: string, markdown: string): void {
  try {
    localStorage.setItem(asideKey(id), JSON.stringify({ markdown, at: new Date().toISOString() }));
  } catch {
    /* see above */
  }
}
