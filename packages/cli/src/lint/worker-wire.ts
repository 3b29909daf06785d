import { StringTable, decodeResult, encodeResult } from './cache-codec.js';
import type { EncodedResult } from './cache-codec.js';
import type { JobOutcome } from './lint-job.js';

/*
 * Results cross from a worker thread to the main thread compactly, encoded as in the cache
 * (numbers and one table of strings per batch), and their messages are decoded only when a
 * report reads them. While the workers run, the main thread then holds a fraction of the memory that the
 * results of thousands of files take as objects, so that the workers' memory and the
 * results' are not at their peak at the same time.
 */

type Linted = Extract<JobOutcome, { ok: true }>;

/** An outcome as a worker sends it. */
export type WireOutcome =
  Exclude<JobOutcome, Linted> | Linted | (Omit<Linted, 'result'> & { encoded: EncodedResult });

/** A worker's answer to one batch. */
export interface WorkerReply {
  batch: number;
  strings: string[];
  outcomes: WireOutcome[];
}

/** Encodes a batch's outcomes for `postMessage`. */
export function toWire(batch: number, outcomes: readonly JobOutcome[]): WorkerReply {
  const table = new StringTable();
  const wire = outcomes.map((outcome): WireOutcome => {
    if (!outcome.ok) return outcome;
    const encoded = encodeResult(outcome.result, table);
    // A result the encoding cannot hold whole travels as it is.
    if (encoded === undefined) return outcome;
    const { result: _result, ...rest } = outcome;
    return { ...rest, encoded };
  });
  return { batch, strings: table.strings, outcomes: wire };
}

/** The outcomes of a reply; each result's messages are decoded when they are read. */
export function fromWire(reply: WorkerReply): JobOutcome[] {
  return reply.outcomes.map((outcome): JobOutcome => {
    if (!('encoded' in outcome)) return outcome;
    const { encoded, ...rest } = outcome;
    // No data shared between reads: a report reads each result once, often while the workers
    // still run, and data objects kept for every batch would add to the run's peak memory.
    const result = decodeResult(encoded, reply.strings);
    // Our own worker encoded it a moment ago, so failing here is a bug, not bad input.
    if (result === undefined) throw new Error(`the result for ${rest.path} did not decode`);
    return { ...rest, result };
  });
}
