import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPostmortem } from '@hindsight/core';
import type { PostmortemInput } from '@hindsight/core';
import { serialisePostmortem } from '@hindsight/core/markdown';

const at = (day: string, clock: string) => ({ at: `${day}T${clock}:00Z`, zone: 'UTC' });

/**
 * Four postmortems with hand-computed metrics (minutes):
 *
 * | file                   | severity | detect | respond | mitigate | resolve | duration   |
 * | ---------------------- | -------- | ------ | ------- | -------- | ------- | ---------- |
 * | checkout-cert.md       | critical | 10     | 5       | 40       | 60      | 60         |
 * | checkout-cert-again.md | high     | 30     | –       | –        | 120     | 120        |
 * | search-slow.md         | medium   | −5 (!) | –       | –        | 90      | 90         |
 * | team/queue-backlog.md  | –        | –      | –       | –        | –       | 45, stated |
 *
 * The second repeats the first's cause although the first's only action item is done.
 */
export const STATS_POSTMORTEMS: Record<string, PostmortemInput> = {
  'checkout-cert.md': {
    title: 'Checkout down: certificate expired',
    date: '2024-01-10',
    severity: 'critical',
    services: ['checkout'],
    teams: ['shop'],
    tags: ['tls'],
    incident: {
      impactStarted: at('2024-01-10', '10:00'),
      detected: at('2024-01-10', '10:10'),
      responded: at('2024-01-10', '10:15'),
      mitigated: at('2024-01-10', '10:40'),
      resolved: at('2024-01-10', '11:00'),
    },
    rootCause: {
      rootCause: 'The TLS certificate on the load balancer expired and was not renewed.',
      contributingFactors: [
        { text: 'No alert before certificates expire', category: 'monitoring' },
      ],
    },
    actionItems: [
      { title: 'Automate certificate renewal', status: 'done', owner: 'Sam', due: '2024-01-20' },
    ],
  },
  'checkout-cert-again.md': {
    title: 'Checkout down again',
    date: '2024-03-05',
    severity: 'high',
    services: ['checkout'],
    teams: ['shop'],
    incident: {
      impactStarted: at('2024-03-05', '09:00'),
      detected: at('2024-03-05', '09:30'),
      resolved: at('2024-03-05', '11:00'),
    },
    rootCause: {
      rootCause: 'An expired TLS certificate on the load balancer rejected HTTPS connections.',
    },
    actionItems: [
      { title: 'Alert a month before expiry', status: 'open', owner: 'Ana', due: '2024-04-01' },
    ],
  },
  'search-slow.md': {
    title: 'Search slow',
    date: '2024-03-20',
    severity: 'medium',
    services: ['search'],
    teams: ['data'],
    incident: {
      impactStarted: at('2024-03-20', '14:00'),
      detected: at('2024-03-20', '13:55'),
      resolved: at('2024-03-20', '15:30'),
    },
    rootCause: { rootCause: 'A memory leak in the search indexer exhausted the heap.' },
    actionItems: [
      { title: 'Add heap alerts', status: 'in-progress', due: '2024-06-01' },
      { title: 'Rewrite the indexer', status: 'wont-do' },
    ],
  },
  'team/queue-backlog.md': {
    title: 'Queue backlog <script>alert(1)</script>',
    date: '2024-03-28',
    durationMinutes: 45,
  },
};

/** Writes the postmortems above under `dir`, as Hindsight serialises them. */
export async function writeStatsFolder(dir: string): Promise<void> {
  for (const [name, input] of Object.entries(STATS_POSTMORTEMS)) {
    const path = join(dir, name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, serialisePostmortem(buildPostmortem(input)));
  }
}
