export { importPostmortems } from './import-postmortems.js';
export type {
  ImportFileResult,
  ImportOptions,
  ImportOutcome,
  ImportSummary,
} from './import-postmortems.js';
export { exportPostmortems } from './export-postmortems.js';
export type { ExportOptions, ExportSummary } from './export-postmortems.js';
export { findMarkdownFiles } from './find-markdown-files.js';
export { slugFromFileName } from './slug-from-file-name.js';
