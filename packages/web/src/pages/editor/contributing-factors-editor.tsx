import type { ContributingFactor, FactorCategory, Postmortem } from '@hindsight/core';
import { categoriseFactor } from '@hindsight/core/markdown';
import { useId } from 'react';

// Typed as a record so that a category added to the model fails the build until it has a label.
const CATEGORIES: Record<FactorCategory, string> = {
  change: 'Change',
  capacity: 'Capacity',
  configuration: 'Configuration',
  dependency: 'Dependency',
  hardware: 'Hardware',
  monitoring: 'Monitoring',
  process: 'Process',
  software: 'Software',
  security: 'Security',
  other: 'Other',
};

export interface ContributingFactorsEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/**
 * The contributing factors: the conditions that made the incident possible or worse, each
 * with a category. The dashboard counts factors by category across incidents, so the
 * category is asked for beside the text, with the one core would infer from it offered.
 */
export function ContributingFactorsEditor({ model, onChange }: ContributingFactorsEditorProps) {
  const id = useId();
  const factors = model.rootCause.contributingFactors;
  const setFactors = (next: (f: ContributingFactor[]) => ContributingFactor[]) =>
    onChange((m) => ({
      ...m,
      rootCause: {
        ...m.rootCause,
        contributingFactors: next([...m.rootCause.contributingFactors]),
      },
    }));
  const update = (i: number, change: Partial<ContributingFactor>) =>
    setFactors((f) =>
      f.map((x, j) => {
        if (j !== i) return x;
        const next = { ...x, ...change };
        // "Not set" removes the key: the model has no empty category.
        if (next.category === undefined) return { text: next.text };
        return next;
      }),
    );
  return (
    <div className="editor-subsection" data-field="rootCause.contributingFactors">
      <h3 id={`${id}-title`}>Contributing factors</h3>
      <p className="field-hint">
        Conditions in the system or the process that made the incident possible or worse.
      </p>
      <ol className="editor-rows" aria-labelledby={`${id}-title`}>
        {factors.map((factor, i) => {
          const n = `Factor ${i + 1}`;
          const empty = factor.text.trim() === '';
          const suggested = factor.category === undefined ? categoriseFactor(factor.text) : null;
          const textError = `${id}-text-${i}-error`;
          const categoryHint = `${id}-category-${i}-hint`;
          return (
            <li
              key={i}
              className="editor-row factor-row"
              data-field={`rootCause.contributingFactors.${i}`}
            >
              <div className="field grow">
                <label htmlFor={`${id}-text-${i}`}>{`${n}: what contributed`}</label>
                <input
                  id={`${id}-text-${i}`}
                  value={factor.text}
                  aria-invalid={empty ? true : undefined}
                  aria-describedby={empty ? textError : undefined}
                  onChange={(e) => update(i, { text: e.target.value })}
                />
              </div>
              <div className="field">
                <label htmlFor={`${id}-category-${i}`}>{`${n}: category`}</label>
                <select
                  id={`${id}-category-${i}`}
                  value={factor.category ?? ''}
                  aria-describedby={suggested ? categoryHint : undefined}
                  onChange={(e) =>
                    update(i, { category: (e.target.value || undefined) as FactorCategory })
                  }
                >
                  <option value="">Not set</option>
                  {Object.entries(CATEGORIES).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </div>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove factor ${i + 1}`}
                onClick={() => setFactors((f) => f.filter((_, j) => j !== i))}
              >
                Remove
              </button>
              {(empty || suggested) && (
                <div className="factor-notes">
                  {empty && (
                    <span className="field-error" id={textError}>
                      Say what the condition was, or remove the factor: an empty one is not saved.
                    </span>
                  )}
                  {suggested && (
                    <span className="field-hint" id={categoryHint}>
                      {`The text suggests ${CATEGORIES[suggested].toLowerCase()}.`}{' '}
                      <button
                        type="button"
                        className="button-link"
                        aria-label={`Use it: ${CATEGORIES[suggested].toLowerCase()} for factor ${i + 1}`}
                        onClick={() => update(i, { category: suggested })}
                      >
                        Use it
                      </button>
                    </span>
                  )}
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => setFactors((f) => [...f, { text: '' }])}
      >
        Add a contributing factor
      </button>
    </div>
  );
}
