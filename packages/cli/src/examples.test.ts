import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePostmortem, serialisePostmortem } from '@hindsight/core/markdown';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from './package-info.js';

const files = (await readdir(EXAMPLES_DIR)).filter((f) => f.endsWith('.md')).sort();

describe('bundled examples', () => {
  it('are a handful', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)(
    '%s parses completely, without problems, and survives a round trip',
    async (file) => {
      const result = parsePostmortem(await readFile(join(EXAMPLES_DIR, file), 'utf8'), {
        fileName: file,
      });
      expect(result.diagnostics).toEqual([]);
      const { model } = result;
      expect(model.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(model.timezone).toBeDefined();
      expect(model.timeline.length).toBeGreaterThanOrEqual(8);
      expect(model.timeline.every((e) => e.at !== undefined)).toBe(true);
      expect(model.actionItems.length).toBeGreaterThanOrEqual(3);
      expect(model.actionItems.every((a) => a.owner !== undefined)).toBe(true);
      expect(model.sections.some((s) => s.kind === 'timeline')).toBe(true);

      const again = parsePostmortem(serialisePostmortem(model)).model;
      expect(again.title).toBe(model.title);
      expect(again.timeline.map((e) => e.at)).toEqual(model.timeline.map((e) => e.at));
      expect(again.actionItems).toEqual(model.actionItems);
    },
  );
});
