import type { Postmortem } from '../model/index.js';

/**
 * The statement of what caused an incident: the root cause, else the immediate cause, else
 * the trigger; undefined when the postmortem states none of them.
 */
export function rootCauseText(model: Postmortem): string | undefined {
  const { rootCause, immediateCause, trigger } = model.rootCause;
  return rootCause ?? immediateCause ?? trigger;
}

/**
 * The text similar incidents are compared on: the title, the summary section(s) and the
 * cause statement. The title is included because short or template-born documents often
 * have no summary, and the title is then the best description there is.
 */
export function incidentText(model: Postmortem): string {
  const parts = [model.title];
  for (const section of model.sections) if (section.kind === 'summary') parts.push(section.body);
  const cause = rootCauseText(model);
  if (cause) parts.push(cause);
  return parts.join('\n');
}
