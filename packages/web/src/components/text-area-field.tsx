import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './field-frame.js';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  readonly label: string;
  readonly hint?: string;
  readonly error?: string | undefined;
  readonly ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled text area whose hint and error are tied to it for screen readers. */
export function TextAreaField({ label, hint, error, ref, ...textarea }: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(control) => <textarea {...textarea} ref={ref} {...control} />}
    </FieldFrame>
  );
}
