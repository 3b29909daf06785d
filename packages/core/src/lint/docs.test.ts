import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderProfilesTable, renderRuleDoc, renderRulesTable } from './render-rule-doc.js';
import { RULES } from './rules/index.js';

const docs = fileURLToPath(new URL('../../../../docs/', import.meta.url));
const regenerate = 'run `npx tsc -b packages/core && node scripts/build-rule-docs.mjs`';

// The rule pages and tables are generated from the rules' metadata; these tests render them
// again in memory and compare, so a change to a rule that forgets its docs fails here.
describe('generated docs', () => {
  for (const rule of RULES) {
    it(`docs/rules/${rule.meta.id}.md is up to date`, () => {
      const path = `${docs}rules/${rule.meta.id}.md`;
      expect(existsSync(path), `${path} is missing: ${regenerate}`).toBe(true);
      expect(readFileSync(path, 'utf8'), `stale page: ${regenerate}`).toBe(
        renderRuleDoc(rule.meta),
      );
    });
  }

  it('docs/rules holds a page for each rule and nothing else', () => {
    const pages = readdirSync(`${docs}rules`)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(pages).toEqual(RULES.map((r) => `${r.meta.id}.md`).sort());
  });

  it('the rules table in docs/lint.md is up to date', () => {
    const text = readFileSync(`${docs}lint.md`, 'utf8');
    expect(text, `stale table: ${regenerate}`).toContain(
      `<!-- rules:start -->\n\n${renderRulesTable(RULES, 'rules')}\n\n<!-- rules:end -->`,
    );
  });

  it('the profiles table in docs/lint.md is up to date', () => {
    const text = readFileSync(`${docs}lint.md`, 'utf8');
    expect(text, `stale table: ${regenerate}`).toContain(
      `<!-- profiles:start -->\n\n${renderProfilesTable()}\n\n<!-- profiles:end -->`,
    );
  });

  it('a rule page names every profile, option and message of its rule', () => {
    for (const { meta } of RULES) {
      const page = renderRuleDoc(meta);
      expect(page).toContain(`# ${meta.id}`);
      for (const name of Object.keys(meta.options ?? {})) expect(page).toContain(`\`${name}\``);
      for (const id of Object.keys(meta.messages)) expect(page).toContain(`\`${id}\``);
      for (const example of meta.examples?.invalid ?? []) expect(page).toContain(example.trimEnd());
    }
  });
});
