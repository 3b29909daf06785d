import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { SEVERITY_LABELS, STATUS_LABELS } from '../../components/badges.js';
import type { LibraryQuery } from '../../router/routes.js';

export const SORT_LABELS: Readonly<Record<string, string>> = {
  updated: 'Recently updated',
  date: 'Incident date',
  severity: 'Severity',
  title: 'Title',
  created: 'Recently created',
};

const TEXT_FILTERS = [
  ['service', 'Service'],
  ['team', 'Team'],
  ['tag', 'Tag'],
  ['author', 'Author'],
] as const;

export interface LibraryFiltersProps {
  readonly query: LibraryQuery;
  readonly onChange: (query: LibraryQuery) => void;
}

/**
 * Search, filters and order of the library. Selects and dates apply at once; the text fields
 * apply on Enter or the Apply button, so typing does not reload the list at every key.
 */
export function LibraryFilters({ query, onChange }: LibraryFiltersProps) {
  const id = useId();
  const [draft, setDraft] = useState<LibraryQuery>(query);
  useEffect(() => setDraft(query), [query]);

  function set(key: keyof LibraryQuery, value: string, apply = false) {
    const next = { ...draft, [key]: value || undefined };
    setDraft(next);
    if (apply) onChange(next);
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    onChange(draft);
  }
  const hasFilters = Object.entries(query).some(([k, v]) => k !== 'sort' && v);

  return (
    <form
      className="library-filters"
      role="search"
      aria-label="Search and filter postmortems"
      onSubmit={submit}
    >
      <div className="search-row">
        <label htmlFor={`${id}-q`} className="visually-hidden">
          Search postmortems
        </label>
        <input
          id={`${id}-q`}
          type="search"
          name="q"
          placeholder="Search titles, causes, timelines…"
          value={draft.q ?? ''}
          onChange={(e) => set('q', e.target.value)}
        />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </div>
      <details className="filter-panel" open={hasFilters}>
        <summary>Filters and order</summary>
        <div className="filter-grid">
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select
              id={`${id}-status`}
              value={draft.status ?? ''}
              onChange={(e) => set('status', e.target.value, true)}
            >
              <option value="">Any status</option>
              {Object.entries(STATUS_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-severity`}>Severity</label>
            <select
              id={`${id}-severity`}
              value={draft.severity ?? ''}
              onChange={(e) => set('severity', e.target.value, true)}
            >
              <option value="">Any severity</option>
              {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          {TEXT_FILTERS.map(([key, label]) => (
            <div className="field" key={key}>
              <label htmlFor={`${id}-${key}`}>{label}</label>
              <input
                id={`${id}-${key}`}
                type="text"
                value={draft[key] ?? ''}
                onChange={(e) => set(key, e.target.value)}
              />
            </div>
          ))}
          <div className="field">
            <label htmlFor={`${id}-from`}>Incident from</label>
            <input
              id={`${id}-from`}
              type="date"
              value={draft.from ?? ''}
              onChange={(e) => set('from', e.target.value, true)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-to`}>Incident to</label>
            <input
              id={`${id}-to`}
              type="date"
              value={draft.to ?? ''}
              onChange={(e) => set('to', e.target.value, true)}
            />
          </div>
          {!query.q && (
            <div className="field">
              <label htmlFor={`${id}-sort`}>Sort by</label>
              <select
                id={`${id}-sort`}
                value={draft.sort ?? 'updated'}
                onChange={(e) =>
                  set('sort', e.target.value === 'updated' ? '' : e.target.value, true)
                }
              >
                {Object.entries(SORT_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          )}
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-small">
            Apply filters
          </button>
          {hasFilters && (
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => onChange({})}
            >
              Clear all
            </button>
          )}
        </div>
      </details>
    </form>
  );
}
