import { generatePostmortem } from '../../packages/core/src/test-support/generate-postmortem.js';
import { hasCorpus, readCorpus } from '../../packages/core/src/test-support/corpus.js';

export interface Dataset {
  docs: string[];
  /** Where each document came from, for error messages: `synthetic #12`, `corpus hb_01.md`. */
  labels: string[];
  synthetic: number;
  corpus: number;
  corpusFiles: number;
  bytes: number;
  warning?: string;
}

/**
 * Half synthetic postmortems (seeds 0…), half the real corpus repeated round-robin,
 * interleaved so neither kind runs as one long block. Without a corpus every document is
 * synthetic and the result says so.
 */
export function parseDataset(total: number, corpusDir: string): Dataset {
  const corpus = hasCorpus(corpusDir) ? readCorpus(corpusDir) : [];
  const wantCorpus = corpus.length > 0 ? Math.floor(total / 2) : 0;
  const docs: string[] = [];
  const labels: string[] = [];
  let seed = 0;
  let fromCorpus = 0;
  for (let i = 0; i < total; i++) {
    const real = corpus[fromCorpus % Math.max(corpus.length, 1)];
    if (i % 2 === 1 && fromCorpus < wantCorpus && real !== undefined) {
      docs.push(real.text);
      labels.push(`corpus ${real.name}`);
      fromCorpus++;
    } else {
      docs.push(generatePostmortem(seed));
      labels.push(`synthetic #${seed}`);
      seed++;
    }
  }
  const dataset: Dataset = {
    docs,
    labels,
    synthetic: seed,
    corpus: fromCorpus,
    corpusFiles: corpus.length,
    bytes: docs.reduce((sum, d) => sum + Buffer.byteLength(d), 0),
  };
  if (corpus.length === 0) {
    dataset.warning = `no corpus at ${corpusDir}: every document is synthetic`;
  }
  return dataset;
}
