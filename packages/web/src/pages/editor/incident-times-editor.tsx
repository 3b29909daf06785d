import type { IncidentTimes, Instant, Postmortem } from '@hindsight/core';
import { useId, useMemo, useState } from 'react';
import { knownZones, utcToWall, wallToUtc } from './zone-time.js';

const LABELS: Record<keyof IncidentTimes, string> = {
  impactStarted: 'Impact started',
  detected: 'Detected',
  responded: 'Response began',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

export interface IncidentTimesEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/**
 * The incident's key moments: a wall time and an IANA zone each, stored as the UTC instant
 * plus the zone. The UTC reading is shown beside each, so nobody has to do the arithmetic.
 */
export function IncidentTimesEditor({ model, onChange }: IncidentTimesEditorProps) {
  const id = useId();
  const zones = useMemo(knownZones, []);
  const fallbackZone = model.timezone ?? 'UTC';
  const set = (key: keyof IncidentTimes, at: string | null, zone: string) =>
    onChange((m) => {
      const incident = Object.fromEntries(
        Object.entries(m.incident).filter(([k]) => k !== key),
      ) as IncidentTimes;
      return { ...m, incident: at === null ? incident : { ...incident, [key]: { at, zone } } };
    });
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Incident times</h2>
      <ul className="editor-rows">
        {(Object.keys(LABELS) as (keyof IncidentTimes)[]).map((key) => (
          <IncidentTimeRow
            key={key}
            id={`${id}-${key}`}
            label={LABELS[key]}
            field={`incident.${key}`}
            instant={model.incident[key]}
            fallbackZone={fallbackZone}
            zones={zones}
            onSet={(at, zone) => set(key, at, zone)}
          />
        ))}
      </ul>
    </section>
  );
}

function IncidentTimeRow(props: {
  readonly id: string;
  readonly label: string;
  readonly field: string;
  readonly instant: Instant | undefined;
  readonly fallbackZone: string;
  readonly zones: readonly string[];
  readonly onSet: (at: string | null, zone: string) => void;
}) {
  const { id, label, instant } = props;
  // The zone chosen before a time is entered is remembered here until the time arrives.
  const [chosen, setChosen] = useState<string | null>(null);
  const zone = instant?.zone ?? chosen ?? props.fallbackZone;
  const wall = instant ? utcToWall(instant.at, zone) : '';
  const zones = props.zones.includes(zone) ? props.zones : [zone, ...props.zones];
  return (
    <li className="editor-row" data-field={props.field}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input
          id={id}
          type="datetime-local"
          value={wall}
          onChange={(e) =>
            props.onSet(e.target.value ? wallToUtc(e.target.value, zone) : null, zone)
          }
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-zone`}>{`${label}: zone`}</label>
        <select
          id={`${id}-zone`}
          value={zone}
          onChange={(e) => {
            const next = e.target.value;
            setChosen(next);
            // The wall time stays as written; the instant moves with the zone.
            if (wall) props.onSet(wallToUtc(wall, next), next);
          }}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      <p className="muted utc-reading">
        {instant ? `UTC: ${instant.at.replace('T', ' ').replace('Z', '')}` : 'Not set'}
      </p>
    </li>
  );
}
