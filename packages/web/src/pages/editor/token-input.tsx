import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';

export interface TokenInputProps {
  readonly label: string;
  readonly field: string;
  readonly values: readonly string[];
  readonly onChange: (values: string[]) => void;
  readonly hint?: string;
}

/**
 * A list of names as removable tokens: Enter or a comma adds what was typed, Backspace in an
 * empty box removes the last one, and each token has its own labelled remove button.
 */
export function TokenInput({ label, field, values, onChange, hint }: TokenInputProps) {
  const id = useId();
  const [text, setText] = useState('');
  const add = () => {
    const names = text
      .split(',')
      .map((t) => t.trim())
      .filter((t) => t !== '' && !values.includes(t));
    if (names.length > 0) onChange([...values, ...names]);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div className="field token-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      <div className="token-box">
        <ul className="token-list" aria-label={`${label} chosen`}>
          {values.map((value) => (
            <li key={value} className="token">
              <span>{value}</span>
              <button
                type="button"
                className="token-remove"
                aria-label={`Remove ${value} from ${label.toLowerCase()}`}
                onClick={() => onChange(values.filter((v) => v !== value))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          id={id}
          data-field={field}
          value={text}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
        />
      </div>
    </div>
  );
}
