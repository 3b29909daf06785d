/** A problem found while reading a document. Parsing never throws; it reports these instead. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** Stable identifier, e.g. `invalid-time`, `front-matter-syntax`. */
  code: string;
  message: string;
  /** 1-based line in the original text. */
  line: number;
  /** 1-based column, when known. */
  column?: number;
}
