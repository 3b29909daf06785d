import type { Detection, Postmortem } from '@hindsight/core';
import { useId } from 'react';
import { compactFields } from './compact-fields.js';
import { utcToWall } from './zone-time.js';

type Source = NonNullable<Detection['source']>;

const SOURCES: Record<Source, string> = {
  monitoring: 'Monitoring: an alert, probe or dashboard',
  customer: 'A customer or user report',
  engineer: 'An engineer noticed it',
  'third-party': 'A third party (a vendor, a partner)',
  other: 'Something else',
};

export interface DetectionEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/**
 * How the incident came to light: by what (the source, which the metrics and the
 * `timeline-coverage` rule read), how in words, and when (the incident's "Detected" time,
 * edited with the other incident times and repeated here with the time it took).
 */
export function DetectionEditor({ model, onChange }: DetectionEditorProps) {
  const id = useId();
  const detection = model.detection;
  const set = (change: Partial<Detection>) =>
    onChange((m) => ({ ...m, detection: compactFields({ ...m.detection, ...change }) }));
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`} data-field="detection">
      <h2 id={`${id}-title`}>Detection</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-source`}>Detected by</label>
          <span className="field-hint" id={`${id}-source-hint`}>
            What first told the team; counted across incidents.
          </span>
          <select
            id={`${id}-source`}
            data-field="detection.source"
            aria-describedby={`${id}-source-hint`}
            value={detection.source ?? ''}
            onChange={(e) => set({ source: (e.target.value || undefined) as Source | undefined })}
          >
            <option value="">Not set</option>
            {Object.entries(SOURCES).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="field grow">
          <label htmlFor={`${id}-method`}>How it was detected</label>
          <span className="field-hint" id={`${id}-method-hint`}>
            Which alert, dashboard or report, who noticed, and where.
          </span>
          <input
            id={`${id}-method`}
            data-field="detection.method"
            aria-describedby={`${id}-method-hint`}
            value={detection.method ?? ''}
            onChange={(e) => set({ method: e.target.value })}
          />
        </div>
      </div>
      <p className="muted detection-when" data-testid="detection-when">
        {whenDetected(model)}
      </p>
    </section>
  );
}

/** The detection time in its own zone, and how long after the impact began. */
function whenDetected(model: Postmortem): string {
  const detected = model.incident.detected;
  if (!detected) return 'When: not set yet; enter it under Incident times, "Detected".';
  const zone = detected.zone ?? 'UTC';
  const when = `When: ${utcToWall(detected.at, zone).replace('T', ' ')} ${zone}`;
  const started = model.incident.impactStarted;
  if (!started) return `${when}.`;
  const minutes = Math.round((Date.parse(detected.at) - Date.parse(started.at)) / 60_000);
  if (Number.isNaN(minutes)) return `${when}.`;
  if (minutes < 0) return `${when}, before the impact started: check the two times.`;
  return `${when}, ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} after the impact started.`;
}
