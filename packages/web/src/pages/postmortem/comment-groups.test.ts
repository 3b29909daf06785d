import { describe, expect, it } from 'vitest';
import type { PostmortemComment, SectionAnchor } from '../../api/types.js';
import { groupComments } from './comment-groups.js';

const SUMMARY: SectionAnchor = { id: 'summary', kind: 'summary', heading: 'Summary' };
const ROOT: SectionAnchor = { id: 'root-cause', kind: 'root-cause', heading: 'Root cause' };
const OLD: SectionAnchor = { id: 'impact', kind: 'impact', heading: 'Impact' };

let n = 0;
function comment(
  section: SectionAnchor,
  extra: Partial<PostmortemComment> = {},
): PostmortemComment {
  n += 1;
  return {
    id: `c${n}`,
    postmortemId: 'pm',
    parentId: null,
    section,
    quote: null,
    body: `comment ${n}`,
    html: '',
    author: 'sam',
    revision: 1,
    resolved: false,
    resolvedBy: null,
    resolvedAt: null,
    createdAt: '2024-03-02T10:00:00.000Z',
    updatedAt: '2024-03-02T10:00:00.000Z',
    deleted: false,
    ...extra,
  };
}

describe('groupComments', () => {
  it('lists current sections in document order, then removed ones, with threads and counts', () => {
    const onOld = comment(OLD);
    const onRoot = comment(ROOT);
    const onSummary = comment(SUMMARY);
    const reply = comment(SUMMARY, { parentId: onSummary.id });
    const deletedWithReply = comment(SUMMARY, { deleted: true, body: '' });
    const replyToDeleted = comment(SUMMARY, { parentId: deletedWithReply.id });
    const groups = groupComments(
      [onOld, onRoot, onSummary, reply, deletedWithReply, replyToDeleted],
      [SUMMARY, ROOT],
    );
    expect(groups.map((g) => [g.section.id, g.current, g.count])).toEqual([
      ['summary', true, 3],
      ['root-cause', true, 1],
      ['impact', false, 1],
    ]);
    expect(groups[0]?.threads.map((t) => [t.root.id, t.replies.map((r) => r.id)])).toEqual([
      [onSummary.id, [reply.id]],
      [deletedWithReply.id, [replyToDeleted.id]],
    ]);
  });

  it('leaves out sections without comments', () => {
    expect(groupComments([], [SUMMARY, ROOT])).toEqual([]);
  });
});
