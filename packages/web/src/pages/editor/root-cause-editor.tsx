import type { Postmortem, RootCause } from '@hindsight/core';
import { useId } from 'react';
import { ContributingFactorsEditor } from './contributing-factors-editor.js';

type Statement = 'trigger' | 'immediateCause' | 'rootCause';

const STATEMENTS: readonly (readonly [Statement, string, string])[] = [
  ['trigger', 'Trigger', 'The change or event that set the incident off.'],
  ['immediateCause', 'Immediate cause', 'The direct technical cause.'],
  ['rootCause', 'Root cause', 'The system or process gap underneath, in one sentence.'],
];

export interface RootCauseEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/**
 * The short statements of the root-cause analysis and the contributing factors. The
 * narrative stays in the prose sections; these are what tools compare across incidents.
 */
export function RootCauseEditor({ model, onChange }: RootCauseEditorProps) {
  const id = useId();
  const set = (key: Statement, value: string) =>
    onChange((m) => {
      // An emptied statement is removed: the model refuses an empty string.
      const { [key]: _old, ...rest } = m.rootCause;
      const rootCause: RootCause = value === '' ? rest : { ...rest, [key]: value };
      return { ...m, rootCause };
    });
  return (
    <section className="card editor-card" aria-labelledby={`${id}-title`} data-field="rootCause">
      <h2 id={`${id}-title`}>Root cause</h2>
      {STATEMENTS.map(([key, label, hint]) => (
        <div className="field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <span className="field-hint" id={`${id}-${key}-hint`}>
            {hint}
          </span>
          <input
            id={`${id}-${key}`}
            data-field={`rootCause.${key}`}
            aria-describedby={`${id}-${key}-hint`}
            value={model.rootCause[key] ?? ''}
            onChange={(e) => set(key, e.target.value)}
          />
        </div>
      ))}
      <ContributingFactorsEditor model={model} onChange={onChange} />
    </section>
  );
}
