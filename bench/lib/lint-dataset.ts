import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePostmortem } from '../../packages/core/src/test-support/generate-postmortem.js';

/** Files per sub-folder: real projects spread postmortems over folders, and so must a walk. */
const PER_FOLDER = 1000;

/**
 * Writes `count` synthetic postmortems (`generatePostmortem(0…count-1)`, the same on every
 * run) under `dir`, 1,000 per sub-folder, and returns their total size in bytes.
 */
export function writeLintDataset(dir: string, count: number): number {
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const folder = join(dir, String(Math.floor(i / PER_FOLDER)).padStart(3, '0'));
    if (i % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const text = generatePostmortem(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, `pm-${String(i).padStart(5, '0')}.md`), text);
  }
  return bytes;
}
