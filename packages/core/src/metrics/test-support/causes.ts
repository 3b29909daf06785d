import { buildPostmortem } from '../../model/index.js';
import type { ActionItem, Postmortem, PostmortemInput } from '../../model/index.js';

/**
 * Nine hand-written cause statements: three pairs that describe the same cause in other
 * words (0–1, 3–4, 5–6), one cousin of the first pair (2: another expired certificate, on
 * another component) and two loners (7, 8).
 */
export const CAUSES = [
  'An expired TLS certificate on the load balancer rejected all HTTPS connections.',
  'The TLS certificate of the load balancer expired and was not renewed automatically.',
  'A certificate expired on the API gateway because renewal failed silently.',
  'A bad configuration change to the load balancer sent all traffic to one zone.',
  'A configuration change pushed to the load balancers routed every request to a single zone.',
  'The database ran out of disk space after logs grew without rotation.',
  'Disk on the primary database filled up because log rotation was disabled.',
  'A memory leak in the search service exhausted the heap under load.',
  'A race condition in the payment worker charged some customers twice.',
] as const;

/** A postmortem stating `cause`, on `date`, with the given action items and other fields. */
export function withCause(
  cause: string | undefined,
  date: string | undefined,
  actionItems: Partial<ActionItem>[] = [],
  input: Partial<PostmortemInput> = {},
): Postmortem {
  return buildPostmortem({
    title: input.title ?? cause?.slice(0, 40) ?? 'Untitled',
    ...(date ? { date } : {}),
    ...(cause ? { rootCause: { rootCause: cause } } : {}),
    actionItems: actionItems.map((a, i) => ({ title: `Item ${i + 1}`, ...a })),
    ...input,
  });
}
