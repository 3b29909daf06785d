import type { ProfileName } from '@hindsight/core/lint';
import type { DatabaseHandle } from '../storage/create-database.js';
import type { PostmortemStore } from '../storage/postmortem-store.js';
import type { UserLookup } from './user-lookup.js';

/** What the workflow services are built from. */
export interface WorkflowOptions {
  readonly handle: DatabaseHandle;
  readonly store: PostmortemStore;
  /** Finds the users that reviews are requested from; the `users` table by default. */
  readonly users?: UserLookup;
  /** The lint profile a postmortem must pass, without errors, to be published. */
  readonly lintProfile?: ProfileName;
  /** The IANA zone "today" is taken in, for overdue items and publication dates (UTC). */
  readonly zone?: string;
  /** Test seams. */
  readonly now?: () => Date;
  readonly newId?: () => string;
}
