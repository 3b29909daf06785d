/**
 * The parse-only baseline of the lint benchmark, run as its own process:
 * `node parse-only.js DIR`. It finds and reads the files exactly as `hindsight lint` does
 * (the same functions), parses each with `parsePostmortem` and runs no rules, so that
 * lint ÷ parse-only is what the rules and the reporting add on top of reading and parsing.
 */
import { basename } from 'node:path';
import { parsePostmortem } from '@hindsight/core/markdown';
import { findMarkdownFiles } from '../../packages/cli/src/lint/find-markdown-files.js';
import { displayPath } from '../../packages/cli/src/display-path.js';
import { readLintFile } from '../../packages/cli/src/lint/read-lint-file.js';

const dir = process.argv[2];
if (dir === undefined) {
  process.stderr.write('usage: node parse-only.js DIR\n');
  process.exit(2);
}
const cwd = process.cwd();
const { files, problems } = await findMarkdownFiles([dir], cwd);
let diagnostics = 0;
for (const file of files) {
  const text = readLintFile(file, displayPath(file, cwd));
  diagnostics += parsePostmortem(text, { fileName: basename(file) }).diagnostics.length;
}
process.stdout.write(`${files.length} files parsed, ${diagnostics} diagnostics\n`);
process.exit(problems.length > 0 ? 2 : 0);
