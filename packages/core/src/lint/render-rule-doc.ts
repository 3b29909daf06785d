import { PROFILE_DESCRIPTIONS, PROFILE_NAMES, PROFILES } from './profiles.js';
import type { RuleMeta, RuleModule } from './types.js';

/** The profile a rule's examples are checked with: the first of the order that turns it on. */
export function exampleProfile(meta: RuleMeta): (typeof PROFILE_NAMES)[number] {
  return PROFILE_NAMES.find((p) => meta.profiles[p] !== undefined) ?? 'standard';
}

const NOTE =
  "<!-- Generated from the rule's metadata by scripts/build-rule-docs.mjs. Do not edit: change the rule and run the script. -->";

/**
 * The Markdown doc page of a rule, made only from its metadata, so the docs cannot say
 * something the rule does not do. `scripts/build-rule-docs.mjs` writes it to
 * `docs/rules/<id>.md`; a test renders every page again and compares.
 */
export function renderRuleDoc(meta: RuleMeta): string {
  const out: string[] = [NOTE, '', `# ${meta.id}`, '', meta.description, ''];
  if (meta.details) out.push(meta.details, '');
  out.push('## Profiles', '');
  out.push(
    ...table(
      ['Profile', 'Level'],
      PROFILE_NAMES.map((p) => [`\`${p}\``, meta.profiles[p] ?? 'off']),
    ),
    '',
  );
  out.push('## Fix', '');
  out.push(
    meta.fixable
      ? `\`hindsight lint --fix\` can fix some findings of this rule. ${meta.fixDescription ?? ''}`.trim()
      : 'This rule has no automatic fix.',
    '',
  );
  const options = Object.entries(meta.options ?? {});
  out.push('## Options', '');
  if (options.length === 0) {
    out.push('None.', '');
  } else {
    const profiled = PROFILE_NAMES.filter((p) => meta.profileOptions?.[p] !== undefined);
    out.push(
      ...table(
        ['Option', 'Type', 'Default', ...profiled.map((p) => `In \`${p}\``), 'Description'],
        options.map(([name, o]) => [
          `\`${name}\``,
          `\`${o.type}\``,
          code(o.default),
          ...profiled.map((p) => {
            const value = meta.profileOptions?.[p]?.[name];
            return value === undefined ? '(default)' : code(value);
          }),
          o.enum
            ? `${o.description} Values: ${o.enum.map((v) => `\`${v}\``).join(', ')}.`
            : o.description,
        ]),
      ),
      '',
      'Set options in `hindsight.config.json`:',
      '',
      '```json',
      '{',
      '  "rules": {',
      `    "${meta.id}": ["error", ${inlineJson(Object.fromEntries(options.map(([n, o]) => [n, o.default])))}]`,
      '  }',
      '}',
      '```',
      '',
    );
  }
  out.push('## Messages', '');
  out.push(
    ...table(
      ['Message id', 'Text'],
      Object.entries(meta.messages).map(([id, text]) => [`\`${id}\``, text]),
    ),
    '',
  );
  const examples = meta.examples;
  if (examples) {
    out.push('## Examples', '');
    out.push(
      `Checked with the \`${exampleProfile(meta)}\` profile${
        meta.exampleOptions ? ` and the options ${code(meta.exampleOptions)}` : ''
      }; these examples run as tests.`,
      '',
    );
    for (const [title, list] of [
      ['Valid', examples.valid],
      ['Invalid', examples.invalid],
    ] as const) {
      list.forEach((example, i) => {
        out.push(`### ${title}${list.length > 1 ? ` ${i + 1}` : ''}`, '', fence(example), '');
      });
    }
  }
  out.push('## Turning it off', '');
  out.push(
    `For one line: \`<!-- hindsight-disable-next-line ${meta.id} -->\` on the line before. For the rest of the file: \`<!-- hindsight-disable ${meta.id} -->\`. For a project: \`"${meta.id}": "off"\` under \`rules\` in \`hindsight.config.json\`.`,
    '',
  );
  return out.join('\n');
}

/**
 * The rules table for the README: one row per rule with its level in each profile, linking
 * to the rule's page.
 */
export function renderRulesTable(rules: readonly RuleModule[], docsPath = 'docs/rules'): string {
  return table(
    ['Rule', 'Description', ...PROFILE_NAMES.map((p) => `\`${p}\``), 'Fix'],
    rules.map(({ meta }) => [
      `[\`${meta.id}\`](${docsPath}/${meta.id}.md)`,
      meta.description,
      ...PROFILE_NAMES.map((p) => meta.profiles[p] ?? '-'),
      meta.fixable ? 'yes' : '',
    ]),
  ).join('\n');
}

/** JSON on one line, spaced as people write it: `{ "min": 0, "max": 0 }`. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/":/g, '": ')
    .replace(/,(?=["[{\d-]|true|false)/g, ', ')
    .replace(/^\{/, '{ ')
    .replace(/\}$/, ' }');
}

/** The profiles table for the docs: what each profile is for, and how many rules it turns on. */
export function renderProfilesTable(): string {
  return table(
    ['Profile', 'For', 'Rules'],
    PROFILE_NAMES.map((name) => {
      const levels = Object.values(PROFILES[name]);
      const errors = levels.filter((l) => l === 'error').length;
      return [
        `\`${name}\``,
        PROFILE_DESCRIPTIONS[name],
        `${errors} error, ${levels.length - errors} warn`,
      ];
    }),
  ).join('\n');
}

function code(value: unknown): string {
  return `\`${JSON.stringify(value)}\``;
}

/** A fence longer than any run of backticks in the example, so examples may show code. */
function fence(text: string): string {
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}markdown\n${text.replace(/\n$/, '')}\n${marks}`;
}

/** A Markdown table with its columns padded, as Prettier would write it. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cells = [header, ...rows].map((r) =>
    r.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, ' ')),
  );
  const widths = header.map((_, i) => Math.max(3, ...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: readonly string[]) =>
    `| ${widths.map((w, i) => pad(r[i] ?? '', w)).join(' | ')} |`;
  const [head, ...body] = cells;
  return [
    line(head ?? []),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...body.map(line),
  ];
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, w: number): string {
  return text + ' '.repeat(Math.max(0, w - width(text)));
}
