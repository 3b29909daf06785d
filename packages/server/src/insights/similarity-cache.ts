import { buildSimilarityIndexOf, similarIncidents } from '@hindsight/core/metrics';
import type { SimilarityIndex } from '@hindsight/core/metrics';
import type { DatabaseHandle } from '../storage/create-database.js';
import { NotFoundError } from '../storage/errors.js';
import { listFilters } from '../storage/list-filters.js';
import { isUuid } from '../storage/uuid.js';
import { canSee, viewerNames } from '../storage/viewer.js';
import type { Viewer } from '../storage/viewer.js';
import { checkInsightInput, similarOptionsSchema } from './insight-options.js';
import type { CheckedInsightFilters } from './insight-options.js';
import { hasFilters } from './insight-scope.js';

export interface SimilarOptions {
  /** At most this many (1 to 50, default 5). */
  limit?: number;
  /** Leave out scores below this (0 to 1, default 0.1). */
  minScore?: number;
}

/** A suggested related postmortem, with what made it similar. */
export interface SimilarPostmortem {
  id: string;
  slug: string;
  title: string;
  day: string | null;
  /** Weighted score in [0, 1] (docs/metrics.md, "Similar incidents"). */
  score: number;
  /** Cosine similarity of the two texts. */
  text: number;
  sharedServices: string[];
  sharedTags: string[];
}

/** One postmortem in the index: what the results show, and its labels. */
interface Indexed {
  id: string;
  slug: string;
  title: string;
  day: string | null;
  services: readonly string[];
  tags: readonly string[];
  /** Its terms as stored, space-separated: one string, split again when the index is built. */
  text: string;
  /** When it was created: the index lists postmortems in that order (then by id). */
  createdAt: string;
}

/** Which writes the index has seen: the audit log's newest ids. */
interface Stamp {
  /** Audit ids above this are counted: the window that catches late commits. */
  floor: number;
  top: number;
  count: number;
}

interface State {
  stamp: Stamp;
  /** The indexed postmortems, in the index's order. */
  items: Indexed[];
  index: SimilarityIndex<Indexed>;
  position: Map<string, number>;
  /** What each viewer and filters may be suggested, by key (see `#allowed`). */
  allowed: Map<string, Uint8Array>;
}

/**
 * Up to this many changed postmortems, the index is brought up to date from the rows of those
 * alone; more, and it is rebuilt from every row.
 */
const MAX_PATCHED = 500;

/** How many viewer-and-filters sets an index keeps (100 KB each at 100,000 postmortems). */
const MAX_ALLOWED_SETS = 64;

/** Audit ids this far below the newest are still watched for transactions committed late. */
const LATE_COMMIT_WINDOW = 10_000;

/**
 * The similar-incident index of every live postmortem, built in memory once per process from
 * the terms stored at write time, and rebuilt when the database changed. A change is seen in
 * the audit log, which every write of a postmortem adds to in its transaction: the index
 * remembers the newest audit id and how many ids lie in a window below it, so that a write
 * by another process (another server, `hindsight import`), or a transaction that committed
 * after a later one, is noticed too. Checking costs one indexed query per lookup.
 * docs/metrics.md ("From the database") says why the index is kept in memory.
 */
export class SimilarityCache {
  readonly #handle: DatabaseHandle;
  #state: State | undefined;
  #building: Promise<State> | undefined;

  constructor(handle: DatabaseHandle) {
    this.#handle = handle;
  }

  async similar(
    idOrSlug: string,
    viewer: Viewer,
    filters: CheckedInsightFilters,
    options: SimilarOptions,
  ): Promise<SimilarPostmortem[]> {
    const { limit, minScore } = checkInsightInput(similarOptionsSchema, options);
    const targetId = await this.#visibleId(idOrSlug, viewer);
    const state = await this.#fresh();
    const at = state.position.get(targetId);
    const { postmortems } = state.index;
    const target = at === undefined ? await this.#outsider(targetId) : postmortems[at];
    if (target === undefined) throw new NotFoundError('the postmortem');

    const allowed = await this.#allowed(state, viewer, filters);
    const accept = allowed === undefined ? undefined : (doc: number) => allowed[doc] === 1;
    return similarIncidents(target, state.index, {
      limit,
      minScore,
      ...(accept ? { accept } : {}),
    }).map((f) => ({
      id: f.postmortem.id,
      slug: f.postmortem.slug,
      title: f.postmortem.title,
      day: f.postmortem.day,
      score: f.score,
      text: f.text,
      sharedServices: f.sharedServices,
      sharedTags: f.sharedTags,
    }));
  }

  /**
   * Which postmortems of the index the viewer may see and the filters match, one byte per
   * position (undefined: all of them), so that core skips the others while scoring. Kept with
   * the index for the next lookups by the same viewer with the same filters: the index is
   * rebuilt after any write, and the set goes with it. Without filters only the restricted
   * postmortems the viewer may not see are read, a few through their partial index.
   */
  async #allowed(
    state: State,
    viewer: Viewer,
    filters: CheckedInsightFilters,
  ): Promise<Uint8Array | undefined> {
    const filtered = hasFilters(filters);
    if (!filtered && viewer.kind === 'system') return undefined;
    const key = JSON.stringify([
      viewer.kind,
      viewerNames(viewer),
      [...viewer.teams].sort(),
      filters,
    ]);
    const known = state.allowed.get(key);
    if (known !== undefined) return known;
    const size = state.index.postmortems.length;
    const { db } = this.#handle;
    let allowed: Uint8Array;
    if (filtered) {
      allowed = new Uint8Array(size);
      const rows = await db
        .selectFrom('postmortems')
        .select('id')
        .where('deleted_at', 'is', null)
        .where(canSee(viewer))
        .where(listFilters(filters))
        .execute();
      for (const { id } of rows) {
        const at = state.position.get(id);
        if (at !== undefined) allowed[at] = 1;
      }
    } else {
      allowed = new Uint8Array(size).fill(1);
      const hidden = await db
        .selectFrom('postmortems')
        .select('postmortems.id')
        .where('postmortems.visibility', '=', 'restricted')
        .where((eb) => eb.not(canSee(viewer)(eb)))
        .execute();
      for (const { id } of hidden) {
        const at = state.position.get(id);
        if (at !== undefined) allowed[at] = 0;
      }
    }
    // Viewers and filters come and go: the oldest set makes room for a new one.
    if (state.allowed.size >= MAX_ALLOWED_SETS) {
      const oldest = state.allowed.keys().next().value;
      if (oldest !== undefined) state.allowed.delete(oldest);
    }
    state.allowed.set(key, allowed);
    return allowed;
  }

  /**
   * The index, brought up to date first when the database changed since it was built. When
   * the audit log's new entries are all above the newest one seen, they name the postmortems
   * that changed: only their rows are read, and the index is rebuilt from the postmortems
   * kept in memory (every weight depends on every document, so none is patched in place).
   * Otherwise (a transaction committed late, many changes) every row is read again.
   */
  async #fresh(): Promise<State> {
    const state = this.#state;
    let changed: string[] | undefined;
    let next: Stamp | undefined;
    if (state) {
      const now = await this.#stamp(state.stamp.floor);
      if (now.top === state.stamp.top && now.count === state.stamp.count) return state;
      // Read before the rows: a write in between makes the next lookup look again.
      next = await this.#stamp(Math.max(0, now.top - LATE_COMMIT_WINDOW));
      changed = await this.#changedSince(state.stamp, now);
    }
    // Concurrent lookups share one rebuild.
    this.#building ??= (
      state && next && changed ? this.#patch(state, next, changed) : this.#build()
    ).finally(() => {
      this.#building = undefined;
    });
    this.#state = await this.#building;
    return this.#state;
  }

  /**
   * The postmortems changed since `seen`, when the audit log's new entries all lie above the
   * newest id seen then and are few; undefined when the whole index must be read again.
   */
  async #changedSince(seen: Stamp, now: Stamp): Promise<string[] | undefined> {
    const rows = await this.#handle.db
      .selectFrom('audit_log')
      .select('postmortem_id')
      .distinct()
      .where('id', '>', seen.top)
      .where('id', '<=', now.top)
      .limit(MAX_PATCHED + 1)
      .execute();
    // Entries below the newest one seen (a late commit) change the count by more than this.
    const above = await this.#handle.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('id', '>', seen.top)
      .where('id', '<=', now.top)
      .executeTakeFirst();
    if (now.count - seen.count !== Number(above?.n ?? 0)) return undefined;
    if (rows.length > MAX_PATCHED) return undefined;
    return rows.flatMap((r) => (r.postmortem_id === null ? [] : [r.postmortem_id]));
  }

  async #build(): Promise<State> {
    // Read before the rows: a write in between makes the next lookup rebuild, never miss it.
    const top = await this.#stamp(0);
    const stamp = await this.#stamp(Math.max(0, top.top - LATE_COMMIT_WINDOW));
    return stateOf(stamp, await this.#rows(undefined));
  }

  /** The state with the changed postmortems read again, the others kept as they were. */
  async #patch(state: State, stamp: Stamp, changed: readonly string[]): Promise<State> {
    // Entries that name no postmortem (accounts, teams) change nothing the index holds.
    if (changed.length === 0) return { ...state, stamp };
    const gone = new Set(changed);
    const items = state.items.filter((item) => !gone.has(item.id));
    for (const item of await this.#rows(changed)) {
      let at = items.length;
      // Usually a new postmortem, which goes last; a restored one goes back in its place.
      while (at > 0 && before(item, items[at - 1] as Indexed)) at--;
      items.splice(at, 0, item);
    }
    return stateOf(stamp, items);
  }

  async #stamp(floor: number): Promise<Stamp> {
    const row = await this.#handle.db
      .selectFrom('audit_log')
      .select((eb) => [eb.fn.max('id').as('top'), eb.fn.countAll().as('count')])
      .where('id', '>', floor)
      .executeTakeFirst();
    return { floor, top: Number(row?.top ?? floor), count: Number(row?.count ?? 0) };
  }

  /** The id of the live postmortem the viewer asked for; not found when they may not see it. */
  async #visibleId(idOrSlug: string, viewer: Viewer): Promise<string> {
    const key = idOrSlug.trim().toLowerCase();
    const row = await this.#handle.db
      .selectFrom('postmortems')
      .select('id')
      .where((eb) =>
        isUuid(key) ? eb.or([eb('id', '=', key), eb('slug', '=', key)]) : eb('slug', '=', key),
      )
      .where('deleted_at', 'is', null)
      .where(canSee(viewer))
      .executeTakeFirst();
    if (!row) throw new NotFoundError('the postmortem');
    return row.id;
  }

  /** A postmortem written after the index was built: its own terms, weighed by the index. */
  async #outsider(id: string): Promise<Indexed | undefined> {
    return (await this.#rows([id], true))[0];
  }

  /**
   * Live postmortems as the index keeps them, in its order: all of them, or those of `ids`
   * (with `evenDeleted`, also one in the trash).
   */
  async #rows(ids: readonly string[] | undefined, evenDeleted = false): Promise<Indexed[]> {
    const { db, adapter } = this.#handle;
    const rows = await db
      .selectFrom('postmortems')
      .innerJoin('postmortem_insights as i', 'i.postmortem_id', 'postmortems.id')
      .innerJoin('postmortem_insight_texts as t', 't.postmortem_id', 'postmortems.id')
      .select([
        'postmortems.id',
        'postmortems.slug',
        'postmortems.title',
        'postmortems.services',
        'postmortems.tags',
        'postmortems.created_at',
        'i.day',
        't.similarity_terms',
      ])
      .$if(ids !== undefined, (q) => q.where('postmortems.id', 'in', ids ?? []))
      .$if(!evenDeleted, (q) => q.where('postmortems.deleted_at', 'is', null))
      .orderBy('postmortems.created_at')
      .orderBy('postmortems.id')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      title: r.title,
      day: r.day,
      services: adapter.decodeJson(r.services) as string[],
      tags: adapter.decodeJson(r.tags) as string[],
      text: r.similarity_terms,
      createdAt: r.created_at,
    }));
  }
}

function stateOf(stamp: Stamp, items: Indexed[]): State {
  return {
    stamp,
    items,
    index: buildSimilarityIndexOf(items, termsOf),
    position: new Map(items.map((item, i) => [item.id, i])),
    allowed: new Map(),
  };
}

/** The index's order: by creation, then by id, as the database sorts them. */
function before(a: Indexed, b: Indexed): boolean {
  return a.createdAt < b.createdAt || (a.createdAt === b.createdAt && a.id < b.id);
}

function termsOf(item: Indexed): readonly string[] {
  return item.text === '' ? [] : item.text.split(' ');
}
