import type { TimelineKind } from '../model/index.js';

type Rule = readonly [TimelineKind, RegExp];

// The first matching rule wins. Misleading paths and escalations are checked first because
// their sentences usually also mention an action ("initially suspected the database and
// restarted it" is a misleading path, not a mitigation). Documented in docs/parser.md.
export const ENTRY_RULES: readonly Rule[] = [
  // Acknowledging a page is the response itself, even when the sentence also says "paged".
  ['response', /\backnowledg/],
  [
    'misleading',
    /\bmislead|\bred herring|\bwrong(?:ly)? (?:assum|suspect|path|lead|direction)|\binitially (?:suspect|thought|believ|assum|focus)|\bsuspect(?:ed|ing)\b|\bassum(?:ed|ing)\b|\bhypothes[ie]s|\bfalse (?:lead|alarm|positive)|\bdead ?-?end|\bruled out\b|\bturned out (?:not|to be unrelated)|\bdid(?: not|n'?t) (?:help|resolve|fix|work)|\bwithout success\b|\bno (?:luck|improvement)\b|\b(?:error|issue|problem)s? persist/,
  ],
  [
    'escalation',
    /\bescalat|\bpag(?:ed|ing)\b|\bcalled in\b|\blooped in\b|\bbrought in\b|\breached out\b|\bcontacted\b|\bengaged (?:the|with)\b|\bhanded (?:over|off)\b|\bsupport ticket\b|\bopened a ticket\b|\bticket (?:was )?opened\b/,
  ],
  [
    'detection',
    /\bdetect|\balerts?\b(?! threshold)|\balarms?\b|\bnotic(?:ed|es)\b|\bdiscover(?:ed|s)\b|\breport(?:ed|s)\b|\bcomplain|\bbecame aware\b|\bfirst (?:symptom|sign|report)|\bmonitoring (?:showed|flagged|indicated)\b|\bwarning\b/,
  ],
  [
    'communication',
    /\bstatus ?page\b|\btweet|\bannounce|\bcommunicat|\bemail(?:ed)? (?:to )?(?:customers|users)|\bposted (?:an? )?(?:update|notice|message)|\bnotified (?:customers|users|stakeholders)|\bpublic update\b/,
  ],
  [
    'resolution',
    /\bresolv|\bresolution\b|\b(?:incident|outage|impact) (?:ends|ended|is over|was over)\b|\bfully (?:restored|recovered|functional|operational|back)|\bfull (?:service )?(?:restoration|recovery)|\bback (?:online|to normal|up)\b|\bservice (?:was |is )?restored|\brecovered\b|\brecovers?\b|\b(?:issue|incident) (?:closed|over)\b|\ball clear\b|\bconfirmed (?:stable|normal|healthy|working)|\bverified (?:operational|stable|working)|\bnormal operation|\bfix(?:ed|es)?\b|\boperational again\b|\bfunctional again\b/,
  ],
  [
    'mitigation',
    /\bmitigat|\broll(?:ed|ing)? ?back\b|\brollback\b|\brevert|\bfail(?:ed)? ?over\b|\brestart|\breboot|\bscal(?:ed|ing) (?:up|out|down)\b|\bredirect|\bdrain|\bdisabl|\bworkaround|\bpartial(?:ly)? (?:service )?restor|\brecovering\b|\btemporar|\bthrottl|\brate.?limit|\badded (?:capacity|servers|nodes)|\bfree(?:d)? up\b/,
  ],
  [
    'impact-start',
    /\boutage (?:begins|began|starts|started)|\bimpact (?:begins|starts)\b|\b(?:goes|went|is|was) (?:hard )?down\b|\bbegan (?:failing|returning|to fail)|\bstart(?:ed|s)? (?:failing|returning|to fail)|\berrors? (?:began|started|spike)|\bimpact (?:began|started)|\bbecame unavailable|\bstopped (?:working|responding|serving)|\bincident (?:begins|began|starts|started)/,
  ],
  [
    'response',
    /\backnowledg|\bon-?call\b|\bbeg[ia]n (?:investigat|troubleshoot|debug|work)|\bstart(?:ed|s) (?:investigat|troubleshoot|debug|work)|\binvestigation (?:began|begins|started|starts)|\bresponded\b|\brespond(?:s|ing)? to\b|\bincident (?:declared|opened|created)|\bwar ?room\b|\bjoined\b|\bassembled\b/,
  ],
  [
    'action',
    /\binvestigat|\bcheck|\blook(?:ed|ing|s)? (?:at|into)\b|\breview|\banaly[sz]|\bidentif|\bdeploy|\bappl(?:y|ied)|\bran\b|\brun(?:s|ning)?\b|\bupdat|\bmodif|\bchang|\bcreat|\btest|\bdebug|\bexamin|\binspect|\bconfirm|\bverif|\bstrace\b|\bcurl\b|\bmerg|\bpush|\bedit|\bsav(?:ed|ing)\b|\bimplement|\bresiz|\bwr(?:ote|ite)\b/,
  ],
];

/**
 * An entry that opens with the name of its kind as a run-in label ("Detected: the probe paged
 * the on-call engineer", "Impact begins: …") is that kind, whatever words follow: the author
 * has said what it is, and the rest often holds another kind's keywords (here "paged").
 */
export const LEADING_LABELS: readonly Rule[] = [
  ['impact-start', /^(?:impact|outage|incident) (?:begins|began|starts|started)\s*[:—–-]/],
  ['detection', /^(?:detected|detection)\b[^:—–]{0,20}[:—–]/],
  ['escalation', /^(?:escalated|escalation)\s*[:—–-]/],
  ['response', /^(?:responded|response|acknowledged)\s*[:—–-]/],
  ['mitigation', /^(?:mitigated|mitigation)\s*[:—–-]/],
  ['resolution', /^(?:resolved|resolution)\s*[:—–-]/],
];

/**
 * What a timeline entry records, from its wording: a leading label naming its kind
 * ({@link LEADING_LABELS}), else a small, documented set of keyword rules (not a per-document
 * guess), so the same sentence is always classified the same way.
 */
export function classifyEntry(text: string): TimelineKind {
  // Lower-casing once is cheaper than case-insensitive matching in every rule, and one scan
  // with every rule as a group is cheaper than a scan per rule; the earliest rule still wins.
  const lower = text.toLowerCase();
  for (const [kind, label] of LEADING_LABELS) if (label.test(lower)) return kind;
  COMBINED.lastIndex = 0;
  let best = ENTRY_RULES.length;
  for (let m = COMBINED.exec(lower); m !== null; m = COMBINED.exec(lower)) {
    const rule = m.indexOf(m[0], 1) - 1;
    if (rule >= 0 && rule < best) best = rule;
    if (best === 0) break;
    // Resume just after where this match began, so a rule matching inside it is still seen:
    // the result is exactly "the first rule that matches anywhere".
    COMBINED.lastIndex = m.index + 1;
  }
  return ENTRY_RULES[best]?.[0] ?? 'other';
}

/**
 * Every rule's words start at a word boundary. Checking that boundary once per position,
 * instead of once per alternative, is what makes the combined scan cheap.
 */
function withoutLeadingBoundaries(source: string): string {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(source.slice(start));
  // Every alternative is written to start with \b (a test holds the rules to it).
  return alternatives.map((a) => a.replace(/^\\b/, '')).join('|');
}

// The rules have no capturing groups of their own, so group i + 1 is rule i.
const COMBINED = new RegExp(
  `\\b(?:${ENTRY_RULES.map(([, pattern]) => `(${withoutLeadingBoundaries(pattern.source)})`).join('|')})`,
  'g',
);
