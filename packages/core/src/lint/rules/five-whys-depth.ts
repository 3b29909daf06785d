import { numberOption } from '../rule-helpers.js';
import type { RuleModule } from '../types.js';

// A "why" question on a line: "Why did the pool run out?", "**Why was it not caught?**".
const WHY = /\bwhy\b[^?\n]*\?/gi;

/** A five-whys analysis goes deep enough to reach a cause in the system. */
export const fiveWhysDepth: RuleModule = {
  meta: {
    id: 'five-whys-depth',
    description: 'A five-whys section asks "why" enough times to get below the first answer.',
    profiles: { standard: 'warn' },
    fixable: false,
    messages: {
      tooShallow:
        'The five whys stop after {count} "why" question(s). Keep asking until the answer is a gap in the system or the process, at least {minimum} deep.',
    },
    options: {
      minimum: {
        type: 'number',
        default: 5,
        description: 'The fewest "why" questions the section must ask.',
      },
    },
    details:
      'Only documents with a five-whys section (a heading such as "Five Whys" or "5 Whys") are checked. The count is the number of whys the parser read as a chain, or, for a chain written another way (nested, branching), the number of "why …?" questions in the section.',
    examples: {
      valid: [
        '# Outage\n\n## Five Whys\n\n1. **Why did checkout fail?** The cache returned wrong keys.\n2. **Why were the keys wrong?** Two services used the same prefix.\n3. **Why the same prefix?** Prefixes are chosen by hand.\n4. **Why by hand?** There is no registry of prefixes.\n5. **Why no registry?** Nobody owned the shared cache.\n',
      ],
      invalid: [
        '# Outage\n\n## Five Whys\n\n1. **Why did checkout fail?** The cache returned wrong keys.\n2. **Why were the keys wrong?** Two services used the same prefix.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const spans = view.sectionsOf(['five-whys']);
    const first = spans[0];
    if (!first) return;
    const minimum = numberOption(context, 'minimum', 5);
    const questions = view.textOf(spans).match(WHY)?.length ?? 0;
    const count = Math.max(context.model.rootCause.whys.length, questions);
    if (count >= minimum) return;
    context.report({
      messageId: 'tooShallow',
      data: { count, minimum },
      line: first.line,
      column: 1,
    });
  },
};
