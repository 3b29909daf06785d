/** A postmortem named in a result: its position in the caller's list, title and day. */
export interface IncidentRef {
  index: number;
  title: string;
  /** `YYYY-MM-DD`, when known. */
  day?: string;
}

/** The reference to the postmortem at `index`, with its day when one is known. */
export function incidentRef(model: { title: string }, index: number, day?: string): IncidentRef {
  return { index, title: model.title, ...(day ? { day } : {}) };
}
