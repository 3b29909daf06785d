import type { Diagnostic } from '@hindsight/core/markdown';
import type { Paint } from '../io.js';

/**
 * One diagnostic as `FILE:LINE  severity  message  (code)`, the shape editors and terminals
 * turn into a link to the line.
 */
export function formatDiagnostic(file: string, d: Diagnostic, paint: Paint): string {
  const colour =
    d.severity === 'error' ? paint.red : d.severity === 'warning' ? paint.yellow : paint.cyan;
  return `${file}:${d.line}  ${colour(d.severity.padEnd(7))}  ${d.message}  ${paint.dim(`(${d.code})`)}`;
}
