#!/usr/bin/env node
// Writes docs/rules/<id>.md for every lint rule, the rules tables of README.md and docs/lint.md
// and the profiles table of docs/lint.md, all from the rules' metadata. Run after building core (`npx tsc -b
// packages/core`): it imports the built linter, so the docs show what the code does.
// Usage: node scripts/build-rule-docs.mjs [--check]   (--check: report stale files, write none)
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const built = new URL('../packages/core/dist/lint/index.js', import.meta.url);
if (!existsSync(built)) {
  console.error(
    `build-rule-docs: ${fileURLToPath(built)} is missing. Build core first: npx tsc -b packages/core`,
  );
  process.exit(1);
}
const { RULES, renderRuleDoc, renderRulesTable, renderProfilesTable } = await import(built.href);

const check = process.argv.includes('--check');
const stale = [];
const write = (path, text) => {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) return;
  stale.push(path.slice(root.length));
  if (!check) writeFileSync(path, text);
};

const dir = `${root}docs/rules/`;
mkdirSync(dir, { recursive: true });
const pages = new Set();
for (const rule of RULES) {
  const name = `${rule.meta.id}.md`;
  pages.add(name);
  write(dir + name, renderRuleDoc(rule.meta));
}
// A page whose rule is gone would document nothing.
for (const name of readdirSync(dir)) {
  if (!name.endsWith('.md') || pages.has(name)) continue;
  stale.push(`docs/rules/${name}`);
  if (!check) rmSync(dir + name);
}

// Generated tables live between marker comments in hand-written pages.
const tables = [
  ['README.md', 'rules', () => renderRulesTable(RULES, 'docs/rules')],
  ['docs/lint.md', 'rules', () => renderRulesTable(RULES, 'rules')],
  ['docs/lint.md', 'profiles', () => renderProfilesTable()],
];
let failed = false;
for (const [file, name, render] of tables) {
  const path = root + file;
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(
      `build-rule-docs: ${file} has no ${name} table markers. Add a line "${start}" and, below it, a line "${end}" where the table belongs, then run this script again.`,
    );
    failed = true;
    continue;
  }
  write(path, `${text.slice(0, from + start.length)}\n\n${render()}\n\n${text.slice(to)}`);
}

if (check && stale.length > 0) {
  console.error(
    `build-rule-docs: out of date: ${stale.join(', ')}. Run: node scripts/build-rule-docs.mjs`,
  );
  process.exit(1);
}
console.log(
  stale.length === 0
    ? 'build-rule-docs: rule docs are up to date.'
    : `build-rule-docs: ${check ? 'stale' : 'wrote'} ${stale.join(', ')}`,
);
process.exit(failed ? 1 : 0);
