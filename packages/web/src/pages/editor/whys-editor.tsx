import type { Postmortem, Why } from '@hindsight/core';
import { useId } from 'react';

export interface WhysEditorProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/** The "five whys": a question and its answer per step. */
export function WhysEditor({ model, onChange }: WhysEditorProps) {
  const id = useId();
  const whys = model.rootCause.whys;
  const setWhys = (next: (w: Why[]) => Why[]) =>
    onChange((m) => ({ ...m, rootCause: { ...m.rootCause, whys: next([...m.rootCause.whys]) } }));
  return (
    <section
      className="card editor-card"
      aria-labelledby={`${id}-title`}
      data-field="rootCause.whys"
    >
      <h2 id={`${id}-title`}>The whys</h2>
      <ol className="editor-rows">
        {whys.map((why, i) => (
          <li key={i} className="editor-row" data-field={`rootCause.whys.${i}`}>
            <div className="field grow">
              <label htmlFor={`${id}-q-${i}`}>{`Why ${i + 1}: question`}</label>
              <input
                id={`${id}-q-${i}`}
                value={why.question}
                onChange={(e) =>
                  setWhys((w) =>
                    w.map((x, j) => (j === i ? { ...x, question: e.target.value } : x)),
                  )
                }
              />
            </div>
            <div className="field grow">
              <label htmlFor={`${id}-a-${i}`}>{`Why ${i + 1}: answer`}</label>
              <input
                id={`${id}-a-${i}`}
                value={why.answer}
                onChange={(e) =>
                  setWhys((w) => w.map((x, j) => (j === i ? { ...x, answer: e.target.value } : x)))
                }
              />
            </div>
            <button
              type="button"
              className="button button-small"
              aria-label={`Remove why ${i + 1}`}
              onClick={() => setWhys((w) => w.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => setWhys((w) => [...w, { question: 'Why?', answer: '' }])}
      >
        Add a why
      </button>
    </section>
  );
}
