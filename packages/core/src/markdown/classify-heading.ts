import type { SectionKind } from '../model/index.js';
import { inlineText } from '../text/inline-text.js';

/**
 * Reduces a heading to the words that identify it: no markup, numbering, trailing colon,
 * parenthetical remarks or emoji; `&` and `/` read as "and".
 */
export function normaliseHeading(heading: string): string {
  return inlineText(heading)
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(
      /^\s*(?:(?:step|part|section)\s+)?(?:\d+(?:\.\d+)*|[ivx]+|[a-z]|0x[0-9a-f]+)[.):]\s+/,
      '',
    )
    .replace(/&|\//g, ' and ')
    .replace(/[''`]/g, '')
    .replace(/[^a-z0-9 -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

type Rule = readonly [SectionKind, RegExp];

// Order matters: the first rule that matches wins, so specific phrases come before the
// general words they contain ("root cause and resolution" before "root cause").
const RULES: readonly Rule[] = [
  [
    'root-cause-and-resolution',
    /\broot causes?\b.*\band (?:resolution|remediation|fix|recovery)\b/,
  ],
  [
    'corrective-measures',
    /\bcorrective\b|\bprevent(?:at)?ive\b|\bprevention\b|\bremediation\b|\brecommendations?\b|\bmeasures\b/,
  ],
  ['five-whys', /\b(?:5|five) whys?\b|^whys$|^the whys$/],
  ['contributing-factors', /\bcontributing (?:factors?|causes?)\b/],
  ['immediate-cause', /\b(?:immediate|direct|proximate) causes?\b/],
  ['trigger', /^triggers?\b/],
  ['what-happened', /^what happened\b|^incident description$|^description$/],
  ['where-we-got-lucky', /\bgot lucky\b|\bwhere we were lucky\b/],
  [
    'what-went-wrong',
    /\bwent (?:wrong|poorly|badly)\b|\bdid(?:n ?t| not) go (?:well|right|smoothly)\b|\bdid(?:n ?t| not) work\b|\bcould have gone better\b/,
  ],
  ['what-went-well', /\bwent (?:well|right)\b|\bworked well\b|^what worked\b/],
  ['key-takeaways', /\btakeaways?\b/],
  ['lessons-learned', /\blessons?\b|\blearn(?:ed|ings?|t)\b|\bdo differently\b/],
  [
    'root-cause',
    /\broot causes?\b|\bcause analysis\b|^causes?$|^why it happened$|^fault$|\bunderlying cause\b|^rca$/,
  ],
  [
    'summary',
    /^(?:(?:issue|incident|executive|problem|outage|event) )?summary$|^overview$|^incident overview$|^tl ?dr$|^synopsis$|^abstract$|^summary of (?:the )?(?:incident|issue|outage)$/,
  ],
  ['introduction', /^introduction$|^intro$|^preface$/],
  ['background', /^background\b|^context$|^lead ?-?up$|^setup$/],
  ['timeline', /\btime ?line\b|\bchronology\b|\bsequence of events\b|^events$|^event log$/],
  [
    'detection',
    /^detection\b|\bhow (?:we|it was|the issue was|the incident was) (?:detected|found|noticed|discovered)\b|^monitoring$|^alerting$/,
  ],
  ['short-term-fix', /\bshort ?-?term\b|\bimmediate fix\b|^how we fixed it\b/],
  ['temporary-fixes', /\btemporary\b|\bworkarounds?\b/],
  ['verification', /^verification\b|^validation\b/],
  [
    'resolution',
    /^resolution\b|^(?:the )?fix(?:es)?$|\bhow (?:we|it was|the issue was) (?:fixed|resolved)\b|^mitigation\b|^resolving\b/,
  ],
  ['recovery', /^recovery\b|^restoration\b/],
  ['response', /^(?:incident )?response\b|^escalation\b/],
  [
    'action-items',
    /\baction items?\b|^actions?$|^tasks?$|^todo$|^to do$|^next steps$|^follow ?-?ups?$|^follow ?-?up (?:actions|items|tasks)$/,
  ],
  ['improvements', /^improvements?\b|\bwhat (?:can|could) be improved\b/],
  ['impact', /\bimpact\b|^damage$/],
  ['conclusion', /^conclusions?\b|^closing\b|^final thoughts$|^wrap ?-?up$/],
  ['internal-communication', /\binternal communications?\b/],
  ['external-communication', /\b(?:external|customer|public) communications?\b/],
  ['communication', /^communications?\b|^status page\b|^stakeholders?\b/],
  ['configuration-changes', /\b(?:configuration|config) changes?\b/],
  ['diagrams', /\bdiagrams?\b|^visuals?\b|^architecture\b|^graphs?$/],
  ['logs-evidence', /^logs?\b|\bevidence\b|^screenshots?$|\bsupporting data\b/],
  ['technical-details', /\btechnical (?:details|analysis)\b|\bdeep ?-?dive\b|^details$/],
  [
    'follow-up-review',
    /\bfollow ?-?up review\b|\bpost ?-?incident review\b|\b30 ?-?day\b|^review$/,
  ],
  [
    'related-incidents',
    /\b(?:related|similar|previous|past) (?:incidents?|issues|outages|postmortems?)\b/,
  ],
  ['references', /^references?$|^links$|^resources$|^further reading$|^see also$/],
  ['distribution', /^distribution\b/],
  ['appendix', /^appendix\b|^supporting information$|^attachments?$/],
];

/**
 * The canonical kind of a heading as written. `parent` is the kind of the enclosing section:
 * an unrecognised heading under "Action Items" groups action items, and under a "Root Cause and
 * Resolution" section the words "root cause" and "resolution" mean those halves.
 */
export function classifyHeading(heading: string, parent?: SectionKind): SectionKind {
  const key = `${parent ?? ''}\u0000${heading}`;
  const known = memo.get(key);
  if (known) return known;
  const kind = classify(heading, parent);
  // Headings repeat across documents; a bounded memo keeps a bulk import from re-matching them.
  if (memo.size > 5000) memo.clear();
  memo.set(key, kind);
  return kind;
}

const memo = new Map<string, SectionKind>();

function classify(heading: string, parent?: SectionKind): SectionKind {
  const text = normaliseHeading(heading);
  if (text === '') return 'other';
  if (parent === 'action-items' || parent === 'corrective-measures') {
    if (/^(?:prevent|improve|mitigat|document|detect|respond|process)/.test(text)) {
      return parent === 'action-items' || /\btasks?\b/.test(text) ? 'action-items' : 'improvements';
    }
  }
  for (const [kind, pattern] of RULES) if (pattern.test(text)) return kind;
  if (parent === 'action-items') return 'action-items';
  return 'other';
}

/** True when the heading names a section Hindsight knows, which is what makes a bold line a heading. */
export function isKnownHeading(heading: string, parent?: SectionKind): boolean {
  return classifyHeading(heading, parent) !== 'other';
}
