import type { Postmortem, Severity, Visibility } from '@hindsight/core';
import { useId, useMemo } from 'react';
import { SEVERITY_LABELS, StatusBadge } from '../../components/badges.js';
import { TokenInput } from './token-input.js';
import { knownZones } from './zone-time.js';

export interface MetadataFieldsProps {
  readonly model: Postmortem;
  readonly onChange: (change: Partial<Postmortem>) => void;
}

const VISIBILITY_LABELS: Record<Visibility, string> = {
  internal: 'Internal: everyone signed in',
  restricted: 'Restricted: only the people and teams named',
  public: 'Public',
};

/**
 * Title, date, severity, visibility, the document's zone, the duration and the name lists.
 * Status is only shown here.
 */
export function MetadataFields({ model, onChange }: MetadataFieldsProps) {
  const id = useId();
  const zones = useMemo(knownZones, []);
  const zone = model.timezone ?? '';
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>About the incident</h2>
      <div className="field">
        <label htmlFor={`${id}-t`}>Title</label>
        <input
          id={`${id}-t`}
          data-field="title"
          value={model.title}
          required
          onChange={(e) => onChange({ title: e.target.value })}
        />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Incident date</label>
          <input
            id={`${id}-date`}
            type="date"
            data-field="date"
            value={model.date ?? ''}
            onChange={(e) => onChange({ date: e.target.value || undefined })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sev`}>Severity</label>
          <select
            id={`${id}-sev`}
            data-field="severity"
            value={model.severity ?? ''}
            onChange={(e) => onChange({ severity: (e.target.value || undefined) as Severity })}
          >
            <option value="">Not decided yet</option>
            {Object.entries(SEVERITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <span className="field-label" id={`${id}-status`}>
            Status
          </span>
          <span aria-labelledby={`${id}-status`} data-field="status">
            <StatusBadge status={model.status} />
          </span>
          <span className="field-hint">Changed by review and publishing, not here.</span>
        </div>
        <div className="field">
          <label htmlFor={`${id}-vis`}>Visibility</label>
          <select
            id={`${id}-vis`}
            data-field="visibility"
            value={model.visibility}
            onChange={(e) => onChange({ visibility: e.target.value as Visibility })}
          >
            {Object.entries(VISIBILITY_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-zone`}>Time zone of the document</label>
          <span className="field-hint" id={`${id}-zone-hint`}>
            The zone timeline times are written in, unless a row says otherwise.
          </span>
          <select
            id={`${id}-zone`}
            data-field="timezone"
            aria-describedby={`${id}-zone-hint`}
            value={zone}
            onChange={(e) => onChange({ timezone: e.target.value || undefined })}
          >
            <option value="">Not stated</option>
            {(zone && !zones.includes(zone) ? [zone, ...zones] : zones).map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-duration`}>Duration (minutes)</label>
          <span className="field-hint" id={`${id}-duration-hint`}>
            How long users were affected.
          </span>
          <input
            id={`${id}-duration`}
            type="number"
            min={0}
            step="any"
            data-field="durationMinutes"
            aria-describedby={`${id}-duration-hint`}
            value={model.durationMinutes ?? ''}
            onChange={(e) => {
              const minutes = e.target.value === '' ? undefined : Number(e.target.value);
              // A cleared or unreadable number is removed: the model refuses NaN.
              onChange({
                durationMinutes:
                  minutes === undefined || Number.isNaN(minutes) || minutes < 0
                    ? undefined
                    : minutes,
              });
            }}
          />
        </div>
      </div>
      <div className="form-row">
        <TokenInput
          label="Authors"
          field="authors"
          values={model.authors}
          onChange={(authors) => onChange({ authors })}
        />
        <TokenInput
          label="Reviewers"
          field="reviewers"
          values={model.reviewers}
          onChange={(reviewers) => onChange({ reviewers })}
        />
      </div>
      <div className="form-row">
        <TokenInput
          label="Services"
          field="services"
          values={model.services}
          onChange={(services) => onChange({ services })}
        />
        <TokenInput
          label="Teams"
          field="teams"
          values={model.teams}
          onChange={(teams) => onChange({ teams })}
          hint={
            model.visibility === 'restricted' ? 'Members of these teams may read it.' : undefined
          }
        />
        <TokenInput
          label="Tags"
          field="tags"
          values={model.tags}
          onChange={(tags) => onChange({ tags })}
        />
      </div>
      {model.visibility === 'restricted' && (
        <TokenInput
          label="Distribution"
          field="distribution"
          values={model.distribution}
          onChange={(distribution) => onChange({ distribution })}
          hint="People who may read it besides the authors, reviewers and teams."
        />
      )}
    </section>
  );
}
