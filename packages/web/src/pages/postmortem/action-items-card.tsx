import type { ActionItem } from '@hindsight/core';
import { ActionStatusBadge } from '../../components/badges.js';

/** The postmortem's action items with owner, due date and status, overdue ones flagged. */
export function ActionItemsCard({
  items,
  today,
}: {
  readonly items: readonly ActionItem[];
  readonly today: string;
}) {
  const open = items.filter((i) => i.status === 'open' || i.status === 'in-progress').length;
  return (
    <section className="card side-card" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Action items</h2>
      {items.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <>
          <p className="muted">
            {open} of {items.length} still open
          </p>
          <ul className="action-list">
            {items.map((item, i) => {
              const overdue =
                item.due !== undefined &&
                item.due < today &&
                (item.status === 'open' || item.status === 'in-progress');
              return (
                <li key={i}>
                  <span className="action-title">{item.title}</span>
                  <span className="action-meta">
                    <ActionStatusBadge status={item.status} />
                    {item.owner ? (
                      <span>{item.owner}</span>
                    ) : (
                      <span className="muted">No owner</span>
                    )}
                    {item.due && (
                      <span className={overdue ? 'overdue' : undefined}>
                        {overdue ? 'Overdue since ' : 'Due '}
                        {item.due}
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
