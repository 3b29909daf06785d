import type { HighlightedText, PostmortemSummary } from '../../api/types.js';
import { SeverityBadge, StatusBadge } from '../../components/badges.js';
import { Snippet } from '../../components/snippet.js';
import { Link } from '../../router/link.js';

/** A row of the library: a postmortem, and where a search matched it when it came from one. */
export interface LibraryItem {
  readonly summary: PostmortemSummary;
  readonly title?: HighlightedText;
  readonly snippet?: HighlightedText;
}

/** One postmortem in the library: title, badges, the facts that tell incidents apart. */
export function PostmortemRow({ item }: { readonly item: LibraryItem }) {
  const { summary } = item;
  const facts = [
    summary.date ?? 'No date',
    summary.services.length > 0 ? summary.services.join(', ') : null,
    summary.teams.length > 0 ? `Team ${summary.teams.join(', ')}` : null,
    summary.authors.length > 0 ? `by ${summary.authors.join(', ')}` : null,
  ].filter((f): f is string => f !== null);
  const tags = summary.tags.length > 0 ? ` · ${summary.tags.map((t) => `#${t}`).join(' ')}` : '';
  return (
    <article className="pm-row">
      <div className="pm-row-top">
        <Link to={{ name: 'postmortem', id: summary.id }} className="pm-row-title">
          {item.title ? <Snippet value={item.title} /> : summary.title}
        </Link>
        <span className="pm-row-badges">
          <SeverityBadge severity={summary.severity} />
          <StatusBadge status={summary.status} />
          {summary.visibility === 'restricted' && (
            <span className="badge tone-muted">Restricted</span>
          )}
        </span>
      </div>
      <div className="pm-row-meta">{facts.join(' · ')}</div>
      <div className="pm-row-meta">
        {item.snippet && item.snippet.text !== '' ? (
          <Snippet value={item.snippet} />
        ) : (
          `Updated ${summary.updatedAt.slice(0, 10)} by ${summary.updatedBy}${tags}`
        )}
      </div>
    </article>
  );
}
