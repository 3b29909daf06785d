import { parsePostmortem } from '@hindsight/core/markdown';
import { expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../../core/src/test-support/corpus.js';
import { forEachDialect } from './test-support/for-each-dialect.js';

const documents = hasCorpus() ? readCorpus() : [];

forEachDialect('PostmortemStore corpus round trip', (ctx) => {
  it.skipIf(documents.length === 0)(
    'stores every model parsed from ../shared/corpus and reads back an equal one',
    async () => {
      for (const doc of documents) {
        const model = parsePostmortem(doc.text).model;
        const created = await ctx.store.create(model, { actor: 'import' });
        const stored = await ctx.store.get(created.id);
        // Only the slug is added: the parsed model names none.
        expect(stored.model, doc.name).toEqual({ ...model, slug: created.slug });
        expect(parsePostmortem(stored.markdown).model, doc.name).toEqual(stored.model);
        expect(stored.markdown, doc.name).toBe(created.markdown);
      }
      expect((await ctx.store.list({ limit: 200 })).items).toHaveLength(documents.length);
    },
  );
});
