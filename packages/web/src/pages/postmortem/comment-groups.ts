import type { PostmortemComment, SectionAnchor } from '../../api/types.js';

/** A root comment and its replies, oldest first. */
export interface CommentThreadData {
  readonly root: PostmortemComment;
  readonly replies: readonly PostmortemComment[];
}

/** The threads of one section, as the comments panel lists them. */
export interface SectionComments {
  readonly section: SectionAnchor;
  /** False for a section renamed or removed since: its heading is the one of that time. */
  readonly current: boolean;
  readonly threads: readonly CommentThreadData[];
  /** Comments not deleted, replies included: the number beside the section's button. */
  readonly count: number;
}

/**
 * Groups comments (oldest first, as the API lists them) into threads by section: the current
 * sections in document order, then sections that no longer exist, in the order their first
 * comment was written. Sections without comments are left out.
 */
export function groupComments(
  items: readonly PostmortemComment[],
  anchors: readonly SectionAnchor[],
): SectionComments[] {
  const roots = new Map<string, { root: PostmortemComment; replies: PostmortemComment[] }>();
  for (const item of items) {
    const parent = item.parentId === null ? undefined : roots.get(item.parentId);
    if (parent) parent.replies.push(item);
    else roots.set(item.id, { root: item, replies: [] });
  }
  const bySection = new Map<string, { section: SectionAnchor; threads: CommentThreadData[] }>();
  for (const thread of roots.values()) {
    const key = thread.root.section.id;
    const group = bySection.get(key) ?? { section: thread.root.section, threads: [] };
    group.threads.push(thread);
    bySection.set(key, group);
  }
  const current = new Set(anchors.map((a) => a.id));
  const ordered: SectionComments[] = [];
  for (const anchor of anchors) {
    const group = bySection.get(anchor.id);
    if (group) ordered.push(withCount(anchor, true, group.threads));
  }
  for (const [id, group] of bySection) {
    if (!current.has(id)) ordered.push(withCount(group.section, false, group.threads));
  }
  return ordered;
}

function withCount(
  section: SectionAnchor,
  current: boolean,
  threads: readonly CommentThreadData[],
): SectionComments {
  const count = threads.reduce(
    (n, t) => n + (t.root.deleted ? 0 : 1) + t.replies.filter((r) => !r.deleted).length,
    0,
  );
  return { section, current, threads, count };
}

/** A section's name for people; the untitled opening of a document has none. */
export function headingOf(section: SectionAnchor): string {
  return section.heading.trim() || 'the opening text';
}
