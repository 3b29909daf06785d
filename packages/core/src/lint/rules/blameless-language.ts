import { BLAME_KEYWORDS, judgeKeyword } from '../blameless/find-blame.js';
import type { BlameFinding } from '../blameless/find-blame.js';
import { DocumentPeople } from '../blameless/document-people.js';
import type { RuleModule } from '../types.js';

const phrase = '"{phrase}"';

/** The wording blames systems and processes, never people. */
export const blamelessLanguage: RuleModule = {
  meta: {
    id: 'blameless-language',
    description:
      'The document describes what failed in the system and the process, without blaming or judging people.',
    profiles: { holberton: 'warn', standard: 'error', sre: 'warn', minimal: 'warn' },
    fixable: false,
    messages: {
      humanError: `${phrase} stops the analysis at a person. Ask what let the mistake happen and reach production, and name that gap instead.`,
      judgement: `${phrase} judges a person. Describe what made the mistake easy to make: a missing check, an unclear step, time pressure.`,
      hindsight: `${phrase} judges a decision with what is known now. Say what could be seen at the time, and what would have made the problem visible.`,
      blame: `${phrase} assigns blame to a person. Say what happened and which safeguard was missing, without saying whose fault it was.`,
      personCause: `${phrase} names a person as the cause. Name the change, the condition or the missing safeguard instead.`,
      forgot: `${phrase} makes someone's memory the cause. Say which step had no checklist, reminder or automation.`,
      personalState: `${phrase} points at a person's condition. Describe the working conditions instead: the hour, the workload, the missing review.`,
      punishment: `${phrase} describes punishing a person. A postmortem changes systems and processes; say what will change instead.`,
    },
    details: [
      'A blameless postmortem assumes that people acted reasonably with what they knew, and looks for what in the system let a mistake through. This rule reports wording that points at people instead: "human error" as a cause; judgements such as careless, negligent, incompetent, "screwed up"; hindsight such as "should have known"; blame, fault and "Bob\'s mistake"; a person as the cause ("the intern broke production", "caused by our SRE", "because Bob …"); "forgot to" about a person; a person\'s condition (hungover); and punishment (fired, banished).',
      'Most of these are only reported when a person is really named in the right place, so "the deploy caused the outage", "error rate", "git blame", "blameless" and "the alert fired" are fine. A person is a pronoun (he, she, someone), a role (engineer, developer, SRE, intern, admin…), an author, reviewer, owner or attendee of the document, or a capitalised name in the middle of a sentence (product names that postmortems often mention, such as Nginx or Kubernetes, are not names). Each finding carries a `suggestion`: a system-focused rewording for a person to adapt.',
      'Quoting someone on purpose? Disable the rule for that line with `<!-- hindsight-disable-next-line blameless-language -->`.',
    ].join('\n\n'),
    examples: {
      valid: [
        '# Outage\n\n## Root Cause\n\nAn engineer applied a configuration change by hand, and the deploy pipeline did not validate it before it reached production.\n',
      ],
      invalid: [
        '# Outage\n\n## Root Cause\n\nHuman error. The intern broke production because he forgot to run the tests.\n',
      ],
    },
  },
  check(context) {
    const view = context.document;
    const people = new DocumentPeople(context.model);
    // One scan of the whole text finds the keywords; only their lines are masked and read.
    let current = 0;
    const found: BlameFinding[] = [];
    let prose = '';
    view.forEachMatch(BLAME_KEYWORDS, true, (line, column, match) => {
      if (line !== current) {
        current = line;
        found.length = 0;
        prose = view.proseLine(line);
      }
      // A keyword inside code or a link target is blanked in the prose and does not match.
      const f = judgeKeyword(prose, column, people, match[0]);
      if (!f || found.some((o) => f.start < o.end && o.start < f.end)) return;
      found.push(f);
      context.report({
        messageId: f.kind,
        data: { phrase: prose.slice(f.start, f.end).replace(/[*_]/g, '') },
        line,
        column: f.start + 1,
        endLine: line,
        endColumn: f.end + 1,
        suggestion: f.suggestion,
      });
    });
  },
};
