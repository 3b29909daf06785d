import type MarkdownIt from 'markdown-it';
import { expect, it, vi } from 'vitest';

const created = vi.hoisted(() => ({ count: 0 }));

vi.mock('markdown-it', async (importOriginal) => {
  const actual = await importOriginal<{ default: typeof MarkdownIt }>();
  class CountingMarkdownIt extends actual.default {
    constructor(...args: ConstructorParameters<typeof actual.default>) {
      super(...args);
      created.count++;
    }
  }
  return { ...actual, default: CountingMarkdownIt };
});

it('builds one markdown-it instance for the module, not one per call', async () => {
  const { renderMarkdown, renderInlineMarkdown } = await import('./render-markdown.js');
  for (let i = 0; i < 20; i++) {
    renderMarkdown(`# Heading ${i}\n\nText with *emphasis*.`);
    renderInlineMarkdown(`inline ${i}`);
  }
  expect(created.count).toBe(1);
});
