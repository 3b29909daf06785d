import { planScenario } from './postmortem-scenario.js';
import type { Scenario } from './postmortem-scenario.js';
import { createRng } from './prng.js';
import { MIN_COUNTS, renderPostmortem } from './render-postmortem.js';
import type { PoolCounts, PoolName } from './render-postmortem.js';

/**
 * A realistic synthetic postmortem in Markdown, the same for the same seed. Documents vary
 * in front matter (YAML, TOML, none), heading style, time format and zone, timeline layout
 * (bullets, table, plain lines, crossing midnight), and action-item layout.
 *
 * Size lands within about ±10 % of `targetBytes` (UTF-8) for targets from 3 to 5 KB: prose
 * is added from the scenario's pools until a per-document goal inside that band is reached.
 * Larger targets stop short, at 5 to 6 KB, when the pools run out.
 * Free of Node APIs so that benchmarks and browser tests can use it too.
 *
 * @example
 * const doc = generatePostmortem(7); // ≈ 4.5 KB, identical on every run
 */
export function generatePostmortem(seed: number, targetBytes = 4500): string {
  const rng = createRng(seed);
  const scenario = planScenario(rng);
  const goal = Math.round(targetBytes * (0.93 + rng.next() * 0.1));
  const ceiling = Math.round(targetBytes * 1.1);
  const counts: PoolCounts = { ...MIN_COUNTS };
  let text = renderPostmortem(scenario, counts);
  const open = new Set<PoolName>(growable(scenario));
  while (utf8Length(text) < goal && open.size > 0) {
    const pool = rng.pick([...open]);
    if (counts[pool] >= poolSize(scenario, pool)) {
      open.delete(pool);
      continue;
    }
    counts[pool]++;
    const next = renderPostmortem(scenario, counts);
    if (utf8Length(next) > ceiling) {
      // This pool's next piece is too big to fit; smaller pieces elsewhere may still fit.
      counts[pool]--;
      open.delete(pool);
      continue;
    }
    text = next;
  }
  return text;
}

function growable(s: Scenario): PoolName[] {
  const pools: PoolName[] = ['summary', 'impact', 'middle', 'rootCause', 'resolution'];
  pools.push('factors', 'actions');
  if (s.style.withWhys) pools.push('whys');
  if (s.style.withLessons) pools.push('lessons');
  return pools;
}

function poolSize(s: Scenario, pool: PoolName): number {
  return s[pool].length;
}

/** UTF-8 byte length without TextEncoder, so the generator needs no platform API at all. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}
