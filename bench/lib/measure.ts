/** Something to time: parses one document and returns a number so the work cannot be skipped. */
export interface Contender {
  name: string;
  parse(text: string): number;
}

export interface Timing {
  name: string;
  /** Wall time of each full pass over the documents, in milliseconds, in run order. */
  runsMs: number[];
  medianMs: number;
}

export interface MeasureOptions {
  repetitions: number;
  /** Called before every timed pass: the runner passes `gc` when Node exposes it. */
  beforeEach?: () => void;
  now?: () => number;
}

/**
 * Times full passes over `docs`, alternating contenders (A B, then B A, …) so that drift in
 * the machine's speed (thermal, other load) falls on both sides equally, and reports the
 * median pass of each. Call {@link warmUp} first so the JIT has compiled the hot paths.
 */
export function measureAlternating(
  contenders: readonly Contender[],
  docs: readonly string[],
  options: MeasureOptions,
): Timing[] {
  const now = options.now ?? (() => performance.now());
  const runs = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  let sink = 0;
  for (let rep = 0; rep < options.repetitions; rep++) {
    const order = rep % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) {
      options.beforeEach?.();
      const start = now();
      for (const doc of docs) sink += c.parse(doc);
      runs.get(c.name)?.push(now() - start);
    }
  }
  // Publishing the sink keeps the optimiser from treating the parses as dead code.
  (globalThis as { benchSink?: number }).benchSink = sink;
  return contenders.map((c) => {
    const runsMs = runs.get(c.name) ?? [];
    return { name: c.name, runsMs, medianMs: median(runsMs) };
  });
}

/**
 * One untimed pass per contender over every document. It warms the JIT and also proves
 * that no document throws, naming the one that does, before any time is measured.
 */
export function warmUp(
  contenders: readonly Contender[],
  docs: readonly string[],
  label: (index: number) => string,
): void {
  for (const c of contenders) {
    docs.forEach((doc, i) => {
      try {
        c.parse(doc);
      } catch (error) {
        throw new Error(`${c.name} threw on ${label(i)}: ${String(error)}`, { cause: error });
      }
    });
  }
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? hi) + hi) / 2;
}
