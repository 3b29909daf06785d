import type { Postmortem, TimelineEntry, TimelineKind } from '@hindsight/core';
import { useId, useState } from 'react';
import { parsePastedTimeline } from './paste-timeline.js';

const KINDS: readonly TimelineKind[] = [
  'impact-start',
  'detection',
  'response',
  'escalation',
  'action',
  'misleading',
  'mitigation',
  'resolution',
  'communication',
  'other',
];

export interface TimelineEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/**
 * Timeline rows: time, kind and text. Rows move with buttons or Alt+Arrow keys, and many
 * lines pasted at once become rows through core's timeline extraction.
 */
export function TimelineEditor({ model, onChange }: TimelineEditorProps) {
  const id = useId();
  const [paste, setPaste] = useState('');
  const [note, setNote] = useState('');
  const rows = model.timeline;
  const setRows = (next: (rows: TimelineEntry[]) => TimelineEntry[]) =>
    onChange((m) => ({ ...m, timeline: next([...m.timeline]) }));
  const update = (i: number, change: Partial<TimelineEntry>) =>
    setRows((r) => r.map((row, j) => (j === i ? plainRow({ ...row, ...change }, change) : row)));
  const move = (i: number, by: number) => {
    const to = i + by;
    if (to < 0 || to >= rows.length) return;
    setRows((r) => {
      const [row] = r.splice(i, 1);
      if (row) r.splice(to, 0, row);
      return r;
    });
    setNote(`Row moved to position ${to + 1} of ${rows.length}.`);
    // Keep the keyboard on the row that moved.
    requestAnimationFrame(() => document.getElementById(`${id}-time-${to}`)?.focus());
  };
  const addPasted = () => {
    const parsed = parsePastedTimeline(paste, model.timezone);
    if (parsed.length === 0) {
      setNote('No timeline rows were found in the pasted text.');
      return;
    }
    setRows((r) => [...r, ...parsed]);
    setPaste('');
    setNote(`${parsed.length} ${parsed.length === 1 ? 'row' : 'rows'} added from the pasted text.`);
  };
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`} data-field="timeline">
      <h2 id={`${id}-title`}>Timeline</h2>
      <p className="visually-hidden" role="status" aria-live="polite">
        {note}
      </p>
      <ol className="editor-rows">
        {rows.map((row, i) => (
          <li
            key={i}
            className="editor-row"
            data-field={`timeline.${i}`}
            onKeyDown={(e) => {
              if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                e.preventDefault();
                move(i, e.key === 'ArrowUp' ? -1 : 1);
              }
            }}
          >
            <div className="field">
              <label htmlFor={`${id}-time-${i}`}>{`Row ${i + 1}: time`}</label>
              <input
                id={`${id}-time-${i}`}
                size={8}
                value={row.time}
                onChange={(e) => update(i, { time: e.target.value })}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-kind-${i}`}>{`Row ${i + 1}: kind`}</label>
              <select
                id={`${id}-kind-${i}`}
                value={row.kind}
                onChange={(e) => update(i, { kind: e.target.value as TimelineKind })}
              >
                {KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </div>
            <div className="field grow">
              <label htmlFor={`${id}-text-${i}`}>{`Row ${i + 1}: what happened`}</label>
              <input
                id={`${id}-text-${i}`}
                value={row.text}
                onChange={(e) => update(i, { text: e.target.value })}
              />
            </div>
            <div className="row-buttons">
              <button
                type="button"
                className="button button-small"
                aria-label={`Move row ${i + 1} up`}
                disabled={i === 0}
                onClick={() => move(i, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={`Move row ${i + 1} down`}
                disabled={i === rows.length - 1}
                onClick={() => move(i, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove row ${i + 1}`}
                onClick={() => setRows((r) => r.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p className="muted">Alt+Up and Alt+Down move the row you are in.</p>
      <button
        type="button"
        className="button"
        onClick={() => setRows((r) => [...r, { time: '', kind: 'other', text: '' }])}
      >
        Add a row
      </button>
      <div className="field">
        <label htmlFor={`${id}-paste`}>Paste many lines</label>
        <span className="field-hint" id={`${id}-paste-hint`}>
          One event a line, starting with its time: “14:02 Alert fired for checkout”.
        </span>
        <textarea
          id={`${id}-paste`}
          rows={4}
          aria-describedby={`${id}-paste-hint`}
          value={paste}
          onChange={(e) => setPaste(e.target.value)}
        />
      </div>
      <button type="button" className="button" disabled={!paste.trim()} onClick={addPasted}>
        Add the pasted lines
      </button>
    </section>
  );
}

/**
 * A row whose time was typed by hand drops the values the parser had resolved from the old
 * time (date, clock, instant), which would otherwise contradict the new text.
 */
function plainRow(row: TimelineEntry, change: Partial<TimelineEntry>): TimelineEntry {
  if (change.time === undefined) return row;
  const { time, kind, text, zone } = row;
  return { time, kind, text, ...(zone ? { zone } : {}) };
}
