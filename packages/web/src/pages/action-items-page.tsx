import { ACTION_STATUSES } from '@hindsight/core';
import { useCallback, useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { ListQuery } from '../api/hindsight-api.js';
import type { ActionItemStats, ActionItemView } from '../api/types.js';
import { useApp } from '../app/app-context.js';
import { usePageTitle } from '../app/use-page-title.js';
import { ActionStatusBadge } from '../components/badges.js';
import { ErrorAlert } from '../components/error-alert.js';
import { usePagedList } from '../lib/use-paged-list.js';
import { Link } from '../router/link.js';
import { navigate } from '../router/router.js';
import { hrefOf } from '../router/routes.js';
import type { ActionItemsQuery } from '../router/routes.js';
import './action-items/action-items.css';

const STATUS_LABELS: Record<string, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': "Won't do",
};

const SORTS: Record<string, string> = {
  due: 'Due date',
  priority: 'Priority',
  updated: 'Recently updated',
  created: 'Recently created',
};

/** Every action item the reader may see, across postmortems: by owner, status, due, overdue. */
export function ActionItemsPage({ query }: { readonly query: ActionItemsQuery }) {
  usePageTitle('Action items');
  const { api } = useApp();
  const id = useId();
  const [owner, setOwner] = useState(query.owner ?? '');
  useEffect(() => setOwner(query.owner ?? ''), [query.owner]);
  const [stats, setStats] = useState<ActionItemStats | null>(null);

  const filters: ListQuery = { owner: query.owner, status: query.status, overdue: query.overdue };
  const key = hrefOf({ name: 'actionItems', query });
  const fetchPage = useCallback(
    (cursor: string | null, signal: AbortSignal) =>
      api.actionItems.list({ ...filters, sort: query.sort, limit: 100, cursor }, signal),
    // `key` (the URL) names every input of the query.
    [api, key],
  );
  const list = usePagedList<ActionItemView>(key, fetchPage);

  useEffect(() => {
    const controller = new AbortController();
    api.actionItems
      .stats(filters, controller.signal)
      .then(setStats)
      .catch(() => setStats(null));
    return () => controller.abort();
    // `key` (the URL) names every input of the query.
  }, [api, key]);

  function change(next: ActionItemsQuery) {
    navigate(hrefOf({ name: 'actionItems', query: next }), { replace: true });
  }
  function submitOwner(event: FormEvent) {
    event.preventDefault();
    change({ ...query, owner: owner.trim() || undefined });
  }

  return (
    <>
      <div className="page-head">
        <div>
          <h1>Action items</h1>
          <p className="page-lede">What the postmortems promised, and where each promise stands.</p>
        </div>
      </div>
      {stats && (
        <ul className="stat-tiles" aria-label="Counts">
          <li>
            <strong>{stats.total}</strong> in all
          </li>
          <li>
            <strong>{(stats.byStatus.open ?? 0) + (stats.byStatus['in-progress'] ?? 0)}</strong>{' '}
            still open
          </li>
          <li className={stats.overdue > 0 ? 'stat-alert' : undefined}>
            <strong>{stats.overdue}</strong> overdue
          </li>
          <li>
            <strong>{stats.unassigned}</strong> without an owner
          </li>
        </ul>
      )}
      <form className="board-filters" aria-label="Filter action items" onSubmit={submitOwner}>
        <div className="field">
          <label htmlFor={`${id}-owner`}>Owner</label>
          <input
            id={`${id}-owner`}
            type="text"
            value={owner}
            onChange={(e) => setOwner(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={query.status ?? ''}
            onChange={(e) => change({ ...query, status: e.target.value || undefined })}
          >
            <option value="">Any status</option>
            {ACTION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s] ?? s}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>Sort by</label>
          <select
            id={`${id}-sort`}
            value={query.sort ?? 'due'}
            onChange={(e) =>
              change({ ...query, sort: e.target.value === 'due' ? undefined : e.target.value })
            }
          >
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <label className="check-field">
          <input
            type="checkbox"
            checked={query.overdue === 'true'}
            onChange={(e) => change({ ...query, overdue: e.target.checked ? 'true' : undefined })}
          />
          Only overdue
        </label>
        <button type="submit" className="button button-small">
          Apply
        </button>
      </form>
      <ErrorAlert error={list.error} title="The action items could not be loaded" />
      {!list.loading && !list.error && list.items.length === 0 ? (
        <p className="empty-state">No action items match.</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table board-table">
            <caption className="visually-hidden">Action items</caption>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col">Status</th>
                <th scope="col">Postmortem</th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.title}</td>
                  <td>{item.owner ?? <span className="muted">Nobody yet</span>}</td>
                  <td className={item.overdue ? 'overdue' : undefined}>
                    {item.due ?? <span className="muted">No date</span>}
                    {item.overdue && <span className="visually-hidden"> (overdue)</span>}
                  </td>
                  <td>
                    <ActionStatusBadge status={item.status} />
                  </td>
                  <td>
                    <Link to={{ name: 'postmortem', id: item.postmortem.id }}>
                      {item.postmortem.title}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.loading && (
        <p className="loading" role="status">
          Loading action items…
        </p>
      )}
      {!list.done && !list.loading && list.items.length > 0 && (
        <div className="load-more">
          <button type="button" className="button" onClick={list.loadMore}>
            Load more
          </button>
        </div>
      )}
    </>
  );
}
