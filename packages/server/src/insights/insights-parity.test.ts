import type { Postmortem } from '@hindsight/core';
import { parsePostmortem } from '@hindsight/core/markdown';
import { buildSimilarityIndex, incidentInsights, similarIncidents } from '@hindsight/core/metrics';
import type { IncidentRef } from '@hindsight/core/metrics';
import { beforeAll, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../../core/src/test-support/corpus.js';
import { generatePostmortem } from '../../../core/src/test-support/generate-postmortem.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { InsightsStore } from './insights-store.js';
import type { IncidentLink } from './insights-store.js';

// What `hindsight stats` reads: every corpus file and generated documents, parsed.
const texts = [
  ...(hasCorpus() ? readCorpus().map((d) => d.text) : []),
  ...Array.from({ length: 150 }, (_, i) => generatePostmortem(9000 + i, 3000)),
];
const models: Postmortem[] = texts.map((text) => parsePostmortem(text).model);
const TODAY = '2025-06-01';

// Created one second apart, so that the database's order (by creation) is the folder's.
let clock = Date.parse('2025-01-01T00:00:00Z');
const now = (): Date => new Date((clock += 1000));

forEachDialect(
  'insights from the database equal those of a folder',
  (ctx) => {
    let insights: InsightsStore;
    let links: IncidentLink[];
    const link = (ref: IncidentRef): IncidentLink => links[ref.index] as IncidentLink;

    beforeAll(async () => {
      insights = new InsightsStore(ctx.handle);
      links = [];
      for (const model of models) {
        const created = await ctx.store.create(model, { actor: 'import' });
        links.push({
          id: created.id,
          slug: created.slug,
          title: created.model.title,
          day: null,
        });
      }
      const folder = incidentInsights(models, { today: TODAY });
      folder.incidents.forEach((r) => {
        (links[r.index] as IncidentLink).day = r.day ?? null;
      });
    }, 120_000);

    it('gives the same aggregates, overall and by every grouping', async () => {
      expect(await insights.summary()).toEqual(
        incidentInsights(models, { today: TODAY }).aggregate,
      );
      for (const groupBy of ['severity', 'service', 'team', 'month'] as const) {
        const folder = incidentInsights(models, { today: TODAY, groupBy }).aggregate;
        expect(await insights.summary({}, groupBy)).toEqual(folder);
      }
    });

    it('gives the same factor trends, recurring causes and action-item figures', async () => {
      const folder = incidentInsights(models, { today: TODAY });
      expect(await insights.factors()).toEqual(folder.factors);
      const recurring = await insights.recurring();
      // Not vacuous: the set has recurring causes, recurrences and overdue items to compare.
      expect(recurring.clusters.length).toBeGreaterThan(0);
      expect(recurring.recurrences.length).toBeGreaterThan(0);
      expect(folder.actionItems.overdueItems.length).toBeGreaterThan(0);
      expect(recurring.clusters).toEqual(
        folder.recurringRootCauses.map((c) => ({
          label: c.label,
          minSimilarity: c.minSimilarity,
          members: c.members.map((m) => ({ ...link(m), cause: m.cause })),
        })),
      );
      expect(recurring.recurrences).toEqual(
        folder.recurrences.map((r) => ({
          ...r,
          incident: link(r.incident),
          earlier: link(r.earlier),
        })),
      );
      expect(await insights.actionItems({}, TODAY)).toEqual({
        ...folder.actionItems,
        overdueItems: folder.actionItems.overdueItems.map((o) => ({
          ...o,
          incident: link(o.incident),
        })),
      });
    });

    it('suggests the same similar incidents with the same scores', async () => {
      const index = buildSimilarityIndex(models);
      for (const at of [0, 5, models.length - 1]) {
        const folder = similarIncidents(models[at] as Postmortem, index, { limit: 5 });
        const found = await insights.similar((links[at] as IncidentLink).id, {}, { limit: 5 });
        expect(found).toEqual(
          folder.map((f) => ({
            ...link({ index: f.index, title: '' }),
            score: f.score,
            text: f.text,
            sharedServices: f.sharedServices,
            sharedTags: f.sharedTags,
          })),
        );
      }
    });

    it('gives the figures of a filtered set as a folder of just those postmortems', async () => {
      const critical = models.filter((m) => m.severity === 'critical');
      expect(critical.length).toBeGreaterThan(0);
      expect(await insights.summary({ filters: { severity: 'critical' } }, 'month')).toEqual(
        incidentInsights(critical, { today: TODAY, groupBy: 'month' }).aggregate,
      );
    });
  },
  { now },
);
