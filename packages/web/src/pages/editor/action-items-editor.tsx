import type { ActionItem, ActionStatus, ActionType, Postmortem, Priority } from '@hindsight/core';
import { useId } from 'react';

const STATUSES: Record<ActionStatus, string> = {
  open: 'Open',
  'in-progress': 'In progress',
  done: 'Done',
  'wont-do': 'Will not do',
};
const TYPES: Record<ActionType, string> = {
  prevent: 'Prevent',
  detect: 'Detect',
  respond: 'Respond',
  document: 'Document',
  other: 'Other',
};
const PRIORITIES: Record<Priority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export interface ActionItemsEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/** The action items: title, owner, due date, status, type, priority, tracker link and notes each. */
export function ActionItemsEditor({ model, onChange }: ActionItemsEditorProps) {
  const id = useId();
  const items = model.actionItems;
  const setItems = (next: (a: ActionItem[]) => ActionItem[]) =>
    onChange((m) => ({ ...m, actionItems: next([...m.actionItems]) }));
  const update = (i: number, change: Partial<ActionItem>) =>
    setItems((a) => a.map((item, j) => (j === i ? withoutEmpty({ ...item, ...change }) : item)));
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`} data-field="actionItems">
      <h2 id={`${id}-title`}>Action items</h2>
      <ol className="editor-rows">
        {items.map((item, i) => {
          const n = `Action ${i + 1}`;
          return (
            <li key={i} className="editor-row" data-field={`actionItems.${i}`}>
              <div className="field grow">
                <label htmlFor={`${id}-title-${i}`}>{`${n}: what will be done`}</label>
                <input
                  id={`${id}-title-${i}`}
                  value={item.title}
                  onChange={(e) => update(i, { title: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-owner-${i}`}>{`${n}: owner`}</label>
                <input
                  id={`${id}-owner-${i}`}
                  size={12}
                  value={item.owner ?? ''}
                  onChange={(e) => update(i, { owner: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-due-${i}`}>{`${n}: due`}</label>
                <input
                  id={`${id}-due-${i}`}
                  type="date"
                  value={item.due ?? ''}
                  onChange={(e) => update(i, { due: e.target.value })}
                />
              </div>
              <Choice
                id={`${id}-status-${i}`}
                label={`${n}: status`}
                value={item.status}
                options={STATUSES}
                onChange={(status) => update(i, { status: status as ActionStatus })}
              />
              <Choice
                id={`${id}-type-${i}`}
                label={`${n}: type`}
                value={item.type ?? ''}
                options={TYPES}
                onChange={(type) => update(i, { type: (type || undefined) as ActionType })}
              />
              <Choice
                id={`${id}-priority-${i}`}
                label={`${n}: priority`}
                value={item.priority ?? ''}
                options={PRIORITIES}
                onChange={(p) => update(i, { priority: (p || undefined) as Priority })}
              />
              <div className="field grow">
                <label htmlFor={`${id}-link-${i}`}>{`${n}: tracker link`}</label>
                <input
                  id={`${id}-link-${i}`}
                  inputMode="url"
                  value={item.link ?? ''}
                  onChange={(e) => update(i, { link: e.target.value })}
                />
              </div>
              <div className="field grow">
                <label htmlFor={`${id}-notes-${i}`}>{`${n}: notes`}</label>
                <textarea
                  id={`${id}-notes-${i}`}
                  rows={1}
                  value={item.notes ?? ''}
                  onChange={(e) => update(i, { notes: e.target.value })}
                />
              </div>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove action ${i + 1}`}
                onClick={() => setItems((a) => a.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => setItems((a) => [...a, { title: 'New action', status: 'open' }])}
      >
        Add an action item
      </button>
    </section>
  );
}

function Choice(props: {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: Record<string, string>;
  readonly onChange: (value: string) => void;
}) {
  const required = props.label.endsWith('status');
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        {!required && <option value="">Not set</option>}
        {Object.entries(props.options).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Optional fields left empty are removed: the model refuses an empty owner, due date or link. */
function withoutEmpty(item: ActionItem): ActionItem {
  const empty = (v: string | undefined) => v === undefined || v === '';
  return Object.fromEntries(
    Object.entries(item).filter(
      ([key, value]) =>
        !(
          ['owner', 'due', 'type', 'priority', 'link', 'notes'].includes(key) &&
          empty(value as string | undefined)
        ),
    ),
  ) as ActionItem;
}
