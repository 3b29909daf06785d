/**
 * The insights benchmark's database: `total` postmortems made from `distinct` synthetic
 * documents, parsed and derived once each with the store's own derive functions, then
 * written in bulk with varied dates, severities, services, teams and tags. Parsing and
 * deriving 100,000 documents one by one would take many minutes; the variants keep the
 * figures' distributions (metrics, factors, causes, terms) of the distinct documents.
 */
import type { Postmortem, Severity } from '@hindsight/core';
import { parsePostmortem, serialisePostmortem } from '@hindsight/core/markdown';
import type { Insertable } from 'kysely';
import { generatePostmortem } from '../../packages/core/src/test-support/generate-postmortem.js';
import type {
  PostmortemLabelsTable,
  PostmortemsTable,
} from '../../packages/server/src/storage/database.js';
import type {
  PostmortemInsightFactorsTable,
  PostmortemInsightTextsTable,
  PostmortemInsightsTable,
} from '../../packages/server/src/storage/insights-tables.js';
import { deriveColumns, deriveLabels } from '../../packages/server/src/storage/derive-columns.js';
import { deriveInsightsRows } from '../../packages/server/src/storage/insights-row.js';
import type { InsightsRows } from '../../packages/server/src/storage/insights-row.js';
import type { DatabaseHandle } from '../../packages/server/src/storage/create-database.js';

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];
const SERVICES = Array.from({ length: 40 }, (_, i) => `service-${i}`);
const TEAMS = Array.from({ length: 12 }, (_, i) => `team-${i}`);
const TAGS = Array.from({ length: 30 }, (_, i) => `tag-${i}`);
/**
 * Changes when the rows written change, so that a database kept by `--keep` from an older
 * version of this file is not reused.
 */
export const DATASET_VERSION = 1;
/** Rows per INSERT: about 45 bound values a row stays under both databases' limits. */
const CHUNK = 200;

interface Base {
  model: Postmortem;
  json: string;
  markdown: string;
  columns: ReturnType<typeof deriveColumns>;
  insights: InsightsRows;
}

/** Parses and derives the distinct documents (the slow part, done once per run). */
export function buildBases(distinct: number): Base[] {
  const out: Base[] = [];
  for (let i = 0; i < distinct; i++) {
    const model = parsePostmortem(generatePostmortem(50_000 + i, 3000)).model;
    out.push({
      model,
      json: JSON.stringify(model),
      markdown: serialisePostmortem(model),
      columns: deriveColumns(model),
      insights: deriveInsightsRows(model),
    });
  }
  return out;
}

/** A small deterministic generator, so that every run writes the same database. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `total` postmortems (ids `uuid(i)`) with their labels and insights rows. */
export async function writeRows(
  handle: DatabaseHandle,
  bases: readonly Base[],
  total: number,
  onProgress: (written: number) => void,
): Promise<string[]> {
  const random = rng(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ids: string[] = [];
  const start = Date.parse('2020-01-01T00:00:00Z');
  for (let from = 0; from < total; from += CHUNK) {
    const posts: Insertable<PostmortemsTable>[] = [];
    const labels: Insertable<PostmortemLabelsTable>[] = [];
    const insights: Insertable<PostmortemInsightsTable>[] = [];
    const texts: Insertable<PostmortemInsightTextsTable>[] = [];
    const factors: Insertable<PostmortemInsightFactorsTable>[] = [];
    for (let i = from; i < Math.min(total, from + CHUNK); i++) {
      const base = bases[i % bases.length] as Base;
      const id = uuid(i);
      ids.push(id);
      const date = new Date(start + Math.floor(random() * 5 * 365) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const severity = random() < 0.1 ? null : pick(SEVERITIES);
      const services = [...new Set([pick(SERVICES), ...(random() < 0.3 ? [pick(SERVICES)] : [])])];
      const teams = [pick(TEAMS)];
      const tags = [...new Set([pick(TAGS), pick(TAGS)])];
      const at = new Date(start + i * 1000).toISOString();
      posts.push({
        ...base.columns,
        id,
        slug: `bench-${i}`,
        title: `${base.model.title} (${i})`,
        title_key: `${base.model.title} (${i})`.toLowerCase(),
        severity,
        severity_rank: severity === null ? 5 : SEVERITIES.indexOf(severity) + 1,
        // One in fifty is restricted to its team, so the access check has work to do.
        visibility: i % 50 === 0 ? 'restricted' : 'internal',
        date,
        date_key: date,
        services: JSON.stringify(services),
        teams: JSON.stringify(teams),
        tags: JSON.stringify(tags),
        model: base.json,
        markdown: base.markdown,
        revision: 1,
        created_at: at,
        created_by: 'bench',
        updated_at: at,
        updated_by: 'bench',
        deleted_at: null,
        deleted_by: null,
      });
      for (const value of services) labels.push({ postmortem_id: id, kind: 'service', value });
      for (const value of teams) labels.push({ postmortem_id: id, kind: 'team', value });
      for (const value of tags) labels.push({ postmortem_id: id, kind: 'tag', value });
      for (const value of deriveLabels(base.model).filter((l) => l.kind === 'author'))
        labels.push({ postmortem_id: id, kind: 'author', value: value.value });
      insights.push({
        postmortem_id: id,
        ...base.insights.insights,
        day: date,
        severity,
        services: JSON.stringify(services),
        teams: JSON.stringify(teams),
        month: date.slice(0, 7),
        ...base.insights.factors.counters,
      });
      for (const row of base.insights.factors.rows)
        factors.push({ postmortem_id: id, month: date.slice(0, 7), ...row });
      texts.push({ postmortem_id: id, ...base.insights.texts });
    }
    await handle.adapter.writeTransaction(handle.db, async (trx) => {
      await trx.insertInto('postmortems').values(posts).execute();
      for (let k = 0; k < labels.length; k += CHUNK * 2)
        await trx
          .insertInto('postmortem_labels')
          .values(labels.slice(k, k + CHUNK * 2))
          .execute();
      await trx.insertInto('postmortem_insights').values(insights).execute();
      await trx.insertInto('postmortem_insight_texts').values(texts).execute();
      for (let k = 0; k < factors.length; k += CHUNK * 2)
        await trx
          .insertInto('postmortem_insight_factors')
          .values(factors.slice(k, k + CHUNK * 2))
          .execute();
    });
    onProgress(Math.min(total, from + CHUNK));
  }
  return ids;
}

/** A UUID-shaped id for row `i` (PostgreSQL's id column is `uuid`). */
export function uuid(i: number): string {
  const hex = i.toString(16).padStart(12, '0');
  return `00000000-0000-4000-8000-${hex}`;
}
