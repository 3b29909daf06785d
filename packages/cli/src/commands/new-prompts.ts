import type { Severity } from '@hindsight/core';
import type { Template } from '@hindsight/core/templates';
import { CliError } from '../cli-error.js';
import { parseDateFlag, parseSeverityFlag, parseZoneFlag } from '../flag-values.js';
import type { Paint } from '../io.js';
import type { Prompter } from '../prompter.js';

/** What `new` still needs to know; a field that is already set is not asked for. */
export interface NewAnswers {
  template?: Template;
  title?: string;
  date?: string;
  severity?: Severity;
  timezone?: string;
}

/**
 * Asks for every missing detail of a new postmortem in turn, repeating a question until its
 * answer is valid. Only the title has no default.
 */
export async function askNewDetails(
  prompter: Prompter,
  known: NewAnswers,
  context: { templates: readonly Template[]; today: string; paint: Paint },
): Promise<Required<Omit<NewAnswers, 'severity'>> & { severity?: Severity }> {
  const { paint } = context;
  const template = known.template ?? (await askTemplate(prompter, context.templates, paint));
  const title =
    known.title ??
    (await askUntilValid(prompter, paint, `Title: `, (answer) => {
      if (answer === '')
        throw new CliError(
          'usage',
          'A title is needed, e.g. "Checkout errors after the 14:00 deploy".',
        );
      return answer;
    }));
  const date =
    known.date ??
    (await askUntilValid(
      prompter,
      paint,
      `Incident date ${paint.dim(`[${context.today}]`)}: `,
      (answer) => (answer === '' ? context.today : parseDateFlag(answer, 'The date')),
    ));
  const severity =
    known.severity ??
    (await askUntilValid(
      prompter,
      paint,
      `Severity, critical/high/medium/low ${paint.dim('[none]')}: `,
      (answer) => (answer === '' ? undefined : parseSeverityFlag(answer, 'The severity')),
    ));
  const timezone =
    known.timezone ??
    (await askUntilValid(
      prompter,
      paint,
      `Time zone the times will be written in ${paint.dim('[UTC]')}: `,
      (answer) => {
        if (answer === '') return 'UTC';
        const zone = parseZoneFlag(answer, 'The zone');
        if (zone.warning) prompter.say(paint.yellow(zone.warning));
        return zone.id;
      },
    ));
  return { template, title, date, timezone, ...(severity ? { severity } : {}) };
}

async function askTemplate(
  prompter: Prompter,
  templates: readonly Template[],
  paint: Paint,
): Promise<Template> {
  prompter.say('Templates:');
  const width = Math.max(...templates.map((t) => t.id.length));
  templates.forEach((t, i) =>
    prompter.say(`  ${String(i + 1).padStart(2)}. ${t.id.padEnd(width)}  ${paint.dim(t.name)}`),
  );
  const first = templates[0];
  return askUntilValid(
    prompter,
    paint,
    `Template ${paint.dim(`[1, ${first?.id ?? ''}]`)}: `,
    (answer) => {
      if (answer === '' && first) return first;
      const byNumber = /^\d+$/.test(answer) ? templates[Number(answer) - 1] : undefined;
      const chosen = byNumber ?? templates.find((t) => t.id === answer.toLowerCase());
      if (!chosen)
        throw new CliError(
          'usage',
          `Type a number from 1 to ${templates.length}, or a template id.`,
        );
      return chosen;
    },
  );
}

/** Asks until `accept` returns instead of throwing a user error, which is shown before asking again. */
async function askUntilValid<T>(
  prompter: Prompter,
  paint: Paint,
  question: string,
  accept: (answer: string) => T,
): Promise<T> {
  for (;;) {
    const answer = await prompter.ask(question);
    try {
      return accept(answer);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      prompter.say(paint.red(error.message));
    }
  }
}
