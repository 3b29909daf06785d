import type { Postmortem } from '@hindsight/core';

export interface StructuredFieldsProps {
  readonly model: Postmortem;
  readonly onChange: (update: (m: Postmortem) => Postmortem) => void;
}

/** Incident times, timeline, whys and action items (filled in by the next steps). */
export function StructuredFields(_props: StructuredFieldsProps) {
  return null;
}
