// The diff moved to core so that the server's revision diffs print the same format.
export { diffLines, splitLines, unifiedDiff } from '@hindsight/core/text';
export type { DiffLine } from '@hindsight/core/text';
