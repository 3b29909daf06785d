import { describe, expect, it } from 'vitest';
import { incidentInsights } from './incident-insights.js';
import { CAUSES, withCause } from './test-support/causes.js';
import { buildIncident } from './test-support/build-incident.js';

describe('incidentInsights', () => {
  it('puts every analysis of one set together, with shared days', () => {
    const first = withCause(CAUSES[5], '2024-01-10', [{ status: 'done' }], {
      severity: 'high',
      incident: buildIncident({ impactStarted: 60, detected: 75 }, { date: '2024-01-10' }).incident,
    });
    const again = withCause(CAUSES[6], '2024-02-20', [{ status: 'open', due: '2024-03-01' }], {
      severity: 'critical',
    });
    const other = withCause(CAUSES[8], '2024-02-21');
    const insights = incidentInsights([first, again, other], {
      today: '2024-03-15',
      groupBy: 'severity',
    });
    expect(insights.incidents.map((r) => r.day)).toEqual([
      '2024-01-10',
      '2024-02-20',
      '2024-02-21',
    ]);
    expect(insights.aggregate.count).toBe(3);
    expect(insights.aggregate.metrics.timeToDetect).toMatchObject({ n: 1, mean: 15 });
    expect(insights.aggregate.groups?.map((g) => g.key)).toEqual(['critical', 'high', null]);
    expect(insights.recurringRootCauses.map((c) => c.members.map((m) => m.index))).toEqual([
      [0, 1],
    ]);
    expect(insights.recurrences).toHaveLength(1);
    expect(insights.recurrences[0]?.incident.index).toBe(1);
    expect(insights.actionItems).toMatchObject({ total: 2, overdue: 1, completionRate: 0.5 });
    expect(insights.factors.fromRootCause).toBe(3);
  });
});
