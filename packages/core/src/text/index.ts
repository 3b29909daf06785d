export { inlineText, decodeEntities } from './inline-text.js';
export { firstSentence } from './first-sentence.js';
export { diffLines, splitLines, unifiedDiff } from './unified-diff.js';
export type { DiffLine } from './unified-diff.js';
