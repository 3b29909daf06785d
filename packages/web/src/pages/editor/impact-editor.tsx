import type { Impact, Postmortem } from '@hindsight/core';
import { useId } from 'react';
import { compactFields } from './compact-fields.js';
import { TokenInput } from './token-input.js';

type NumberKey =
  | 'usersAffectedPercent'
  | 'usersAffectedCount'
  | 'customersAffected'
  | 'failedRequests'
  | 'onCallPages'
  | 'engineeringHours'
  | 'supportTickets';

const NUMBERS: readonly (readonly [NumberKey, string, boolean])[] = [
  ['usersAffectedPercent', 'Users affected (%)', false],
  ['usersAffectedCount', 'Users affected', true],
  ['customersAffected', 'Customers affected', true],
  ['failedRequests', 'Failed requests', true],
  ['onCallPages', 'On-call pages', true],
  ['engineeringHours', 'Engineering hours', false],
  ['supportTickets', 'Support tickets', true],
];

const DEGRADATION = {
  'complete-outage': 'Complete outage',
  'partial-outage': 'Partial outage',
  degraded: 'Degraded',
} as const;

export interface ImpactEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/** The impact in numbers: who and how much, the services hit, and how badly. */
export function ImpactEditor({ model, onChange }: ImpactEditorProps) {
  const id = useId();
  const impact = model.impact;
  const set = (change: Partial<Impact>) =>
    onChange((m) => ({
      ...m,
      impact: compactFields({ ...m.impact, ...change }),
    }));
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`} data-field="impact">
      <h2 id={`${id}-title`}>Impact</h2>
      <div className="form-row">
        {NUMBERS.map(([key, label, whole]) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              type="number"
              min={0}
              max={key === 'usersAffectedPercent' ? 100 : undefined}
              step={whole ? 1 : 'any'}
              value={impact[key] ?? ''}
              onChange={(e) =>
                set({ [key]: e.target.value === '' ? undefined : Number(e.target.value) })
              }
            />
          </div>
        ))}
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-degradation`}>Degradation</label>
          <select
            id={`${id}-degradation`}
            value={impact.degradation ?? ''}
            onChange={(e) =>
              set({ degradation: (e.target.value || undefined) as Impact['degradation'] })
            }
          >
            <option value="">Not set</option>
            {Object.entries(DEGRADATION).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-revenue`}>Revenue or business effect</label>
          <input
            id={`${id}-revenue`}
            value={impact.revenue ?? ''}
            onChange={(e) => set({ revenue: e.target.value || undefined })}
          />
        </div>
      </div>
      <TokenInput
        label="Services affected"
        field="impact.servicesAffected"
        values={impact.servicesAffected}
        onChange={(servicesAffected) => set({ servicesAffected })}
      />
    </section>
  );
}
