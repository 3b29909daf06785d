import { statsOptions } from './commands/stats-options.js';
import { ACCOUNT_COMMANDS } from './commands/user-commands.js';
import type { CommandDefinition, OptionDefinition } from './command-definition.js';
import { usageError } from './cli-error.js';
import { argumentAt, flagOption, listOption, stringOption } from './option-values.js';

/*
 * Each command's code is imported when that command runs, not here: importing every command
 * at start loaded the server (Fastify, SQLite, PostgreSQL, argon2) for `hindsight lint` too,
 * about 0.5 s of CPU before the first file was read. bin.test.ts checks that it stays so.
 */

const PORT_OPTIONS: OptionDefinition[] = [
  {
    flags: '--port <n>',
    description: 'port to listen on (default: PORT, else 3000; 0 picks a free one)',
  },
  {
    flags: '--host <address>',
    description: 'address to listen on (default: HOST, else 127.0.0.1)',
  },
];

/** A variadic positional argument (`[paths...]`) as a list of strings. */
function listArgument(args: readonly unknown[], index: number): string[] {
  const value = args[index];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function requiredArgument(args: readonly unknown[], index: number, name: string): string {
  const value = argumentAt(args, index);
  if (value === undefined) throw usageError(`Missing ${name}.`);
  return value;
}

/** Every command of the `hindsight` binary, in the order the help lists them. */
export const COMMANDS: readonly CommandDefinition[] = [
  {
    name: 'new',
    arguments: [],
    summary: 'start a postmortem from a template',
    options: [
      {
        flags: '-t, --template <id>',
        description: 'template to start from (see hindsight templates; default: standard)',
      },
      { flags: '--title <title>', description: 'the incident in a few words' },
      { flags: '--date <YYYY-MM-DD>', description: 'the day the incident began (default: today)' },
      { flags: '--severity <level>', description: 'critical, high, medium or low' },
      { flags: '--author <name>', description: 'an author; repeat for several', repeatable: true },
      {
        flags: '--timezone <zone>',
        description: 'zone the times are written in: UTC, Europe/Paris, PST, GMT+1…',
      },
      {
        flags: '-o, --output <path>',
        description: 'file or folder to write to, or - for standard output',
      },
      { flags: '-f, --force', description: 'replace the file if it exists' },
      { flags: '--json', description: 'report what was written as JSON' },
    ],
    examples: [
      ['hindsight new', 'ask for the template, title, date and zone (in a terminal)'],
      [
        'hindsight new --template holberton --title "Web tier outage" --date 2024-06-20 --timezone UTC',
        'write 2024-06-20-web-tier-outage.md from the graded-project form',
      ],
      [
        'hindsight new --title "Queue backlog" --author "Ada Lovelace" --author "Alan Turing"',
        'name two authors',
      ],
      ['hindsight new --title "DNS failure" -o -', 'print the document instead of writing a file'],
    ],
    run: async (_args, o, io) =>
      (await import('./commands/new.js')).runNew(
        {
          template: stringOption(o, 'template'),
          title: stringOption(o, 'title'),
          date: stringOption(o, 'date'),
          severity: stringOption(o, 'severity'),
          authors: listOption(o, 'author'),
          timezone: stringOption(o, 'timezone'),
          output: stringOption(o, 'output'),
          force: flagOption(o, 'force'),
          json: flagOption(o, 'json'),
        },
        io,
      ),
  },
  {
    name: 'parse',
    arguments: [
      { syntax: '<file>', description: 'a Markdown postmortem, or - to read standard input' },
    ],
    summary: 'show what Hindsight understands of a postmortem',
    options: [
      { flags: '--json', description: 'print the versioned JSON report (docs/parse-json.md)' },
      { flags: '--strict', description: 'exit with 1 when the document has errors' },
    ],
    examples: [
      [
        'hindsight parse postmortems/2024-06-20-web-tier-outage.md',
        'summary: times, sections, timeline, diagnostics',
      ],
      ['hindsight parse report.md --json | jq .incidentTimes', 'the incident times as JSON'],
      [
        'cat report.md | hindsight parse - --strict',
        'read standard input; fail on errors (for CI)',
      ],
    ],
    run: async (args, o, io) =>
      (await import('./commands/parse.js')).runParse(
        {
          file: requiredArgument(args, 0, 'the file to parse'),
          json: flagOption(o, 'json'),
          strict: flagOption(o, 'strict'),
        },
        io,
      ),
  },
  {
    name: 'lint',
    arguments: [
      {
        syntax: '[paths...]',
        description:
          'files, folders (searched for *.md) or glob patterns (default: postmortems/, else this folder)',
      },
    ],
    summary: 'check postmortems against the rules of a profile',
    options: [
      {
        flags: '--profile <name>',
        description: 'standard, holberton, sre or minimal (default: from hindsight.config.json)',
      },
      {
        flags: '--rule <id:level>',
        description: 'set a rule to off, warn or error; repeat for several',
        repeatable: true,
      },
      { flags: '--format <format>', description: 'stylish (default), json, sarif or github' },
      { flags: '--fix', description: 'apply the automatic fixes and write the files' },
      { flags: '--fix-dry-run', description: 'print the fixes as a unified diff, write nothing' },
      { flags: '--cache', description: 'lint only the files that changed since the last run' },
      {
        flags: '--cache-location <path>',
        description: 'the cache file, or its folder (default: .hindsight-cache/lint.json)',
      },
      { flags: '--max-warnings <n>', description: 'exit with 1 when there are more warnings' },
      { flags: '--quiet', description: 'report errors only' },
      { flags: '--score', description: "list every file's score and what each rule cost it" },
      { flags: '-o, --output <file>', description: 'write the report to a file' },
    ],
    examples: [
      ['hindsight lint', 'lint postmortems/ (or this folder) with the configured profile'],
      ['hindsight lint report.md --profile holberton --score', 'grade one file, with its score'],
      ['hindsight lint docs --format sarif -o lint.sarif', 'a SARIF log for code scanning'],
      ['hindsight lint --fix-dry-run', 'show what --fix would change, as a diff'],
      [
        'hindsight lint --cache --max-warnings 0',
        'in CI: fail on any finding, skip unchanged files',
      ],
    ],
    run: async (args, o, io) =>
      (await import('./commands/lint.js')).runLint(
        {
          paths: listArgument(args, 0),
          profile: stringOption(o, 'profile'),
          rules: listOption(o, 'rule'),
          format: stringOption(o, 'format'),
          fix: flagOption(o, 'fix'),
          fixDryRun: flagOption(o, 'fixDryRun'),
          cache: flagOption(o, 'cache'),
          cacheLocation: stringOption(o, 'cacheLocation'),
          maxWarnings: stringOption(o, 'maxWarnings'),
          quiet: flagOption(o, 'quiet'),
          score: flagOption(o, 'score'),
          output: stringOption(o, 'output'),
        },
        io,
      ),
  },
  {
    name: 'render',
    arguments: [
      { syntax: '<file>', description: 'a Markdown postmortem, or - to read standard input' },
    ],
    summary: 'turn a postmortem into an HTML page, canonical Markdown or JSON',
    options: [
      {
        flags: '--format <format>',
        description: 'html, md or json (default: from the -o extension, else html)',
      },
      { flags: '-o, --output <path>', description: 'file to write (default: standard output)' },
    ],
    examples: [
      [
        'hindsight render report.md -o report.html',
        'a standalone page with no scripts, ready to share',
      ],
      [
        'hindsight render notes.md --format md -o notes.md',
        'rewrite a hand-written file in canonical form',
      ],
      ['hindsight render report.md --format json', 'the structured model'],
    ],
    run: async (args, o, io) =>
      (await import('./commands/render.js')).runRender(
        {
          file: requiredArgument(args, 0, 'the file to render'),
          format: stringOption(o, 'format'),
          output: stringOption(o, 'output'),
        },
        io,
      ),
  },
  {
    name: 'stats',
    arguments: [
      {
        syntax: '[paths...]',
        description: 'files and folders of postmortems (default: postmortems/, else this folder)',
      },
    ],
    summary: 'incident metrics, trends and recurring causes across postmortems',
    options: [
      { flags: '--json', description: 'print the report as JSON (docs/metrics.md)' },
      { flags: '--html <file>', description: 'also write a standalone HTML report with charts' },
      { flags: '--group-by <key>', description: 'severity, service, team or month' },
      {
        flags: '--today <YYYY-MM-DD>',
        description: 'the day overdue action items are counted on (default: today)',
      },
    ],
    examples: [
      ['hindsight stats', 'metrics of every postmortem under postmortems/'],
      ['hindsight stats docs/incidents --group-by service', 'the same, per service'],
      ['hindsight stats --html report.html', 'a page with charts to send to a manager'],
      ['hindsight stats --json | jq .metrics.timeToDetect', 'time to detect, for scripts'],
    ],
    run: async (args, o, io) =>
      (await import('./commands/stats.js')).runStats(statsOptions(args, o), io),
  },
  {
    name: 'templates',
    arguments: [],
    summary: 'list the templates new can start from',
    options: [{ flags: '--json', description: 'print the list as JSON' }],
    examples: [
      ['hindsight templates', 'built-in templates and those of the configured folder'],
      ['hindsight templates --json', 'the same, for scripts'],
    ],
    run: async (_args, o, io) =>
      (await import('./commands/templates.js')).runTemplates({ json: flagOption(o, 'json') }, io),
  },
  {
    name: 'preview',
    arguments: [
      {
        syntax: '[dir]',
        description: 'folder of postmortems (default: postmortems/, else this folder)',
      },
    ],
    summary: 'serve a folder of postmortems as web pages, read-only',
    options: PORT_OPTIONS,
    examples: [
      ['hindsight preview', 'serve postmortems/ on http://127.0.0.1:3000/'],
      ['hindsight preview docs/incidents --port 8080', 'another folder, another port'],
    ],
    run: async (args, o, io) =>
      (await import('./commands/preview.js')).runPreview(
        { dir: argumentAt(args, 0), port: stringOption(o, 'port'), host: stringOption(o, 'host') },
        io,
      ),
  },
  {
    name: 'start',
    arguments: [],
    summary: 'preview the example postmortems that come with Hindsight',
    options: PORT_OPTIONS,
    examples: [
      ['hindsight start', 'open http://127.0.0.1:3000/ to see them'],
      ['PORT=4000 hindsight start', 'on another port'],
    ],
    run: async (_args, o, io) =>
      (await import('./commands/preview.js')).runStart(
        { port: stringOption(o, 'port'), host: stringOption(o, 'host') },
        io,
      ),
  },
  {
    name: 'serve',
    arguments: [],
    summary: 'run the API server over the database (migrating it first)',
    options: [
      {
        flags: '--port <n>',
        description: 'port to listen on (default: PORT, else 3000; 0 picks a free one)',
      },
      {
        flags: '--host <address>',
        description: 'address to listen on (default: HOST, else 127.0.0.1)',
      },
      {
        flags: '--data-dir <dir>',
        description: 'folder of the SQLite database (default: HINDSIGHT_DATA_DIR, else ./data)',
      },
      {
        flags: '--database-url <url>',
        description: 'postgres://… to use PostgreSQL (default: DATABASE_URL)',
      },
      {
        flags: '--log-level <level>',
        description: 'fatal, error, warn, info, debug, trace or silent',
      },
      {
        flags: '--static-root <dir>',
        description: 'built web app to serve under / (default: HINDSIGHT_STATIC_ROOT, else none)',
      },
      { flags: '--json', description: 'announce the address as one JSON line on standard output' },
    ],
    examples: [
      ['hindsight serve', 'the API on http://127.0.0.1:3000/ over ./data/hindsight.db'],
      ['DATABASE_URL=postgres://db/hindsight hindsight serve --host 0.0.0.0', 'over PostgreSQL'],
      ['hindsight serve --port 0 --json', 'a free port, announced as {"url":…} for scripts'],
    ],
    run: async (_args, o, io) =>
      (await import('./commands/serve.js')).runServe(
        {
          port: stringOption(o, 'port'),
          host: stringOption(o, 'host'),
          dataDir: stringOption(o, 'dataDir'),
          databaseUrl: stringOption(o, 'databaseUrl'),
          logLevel: stringOption(o, 'logLevel'),
          staticRoot: stringOption(o, 'staticRoot'),
          json: flagOption(o, 'json'),
        },
        io,
      ),
  },
  {
    name: 'migrate',
    arguments: [],
    summary: "bring the database's schema up to date and say what ran",
    options: [
      {
        flags: '--data-dir <dir>',
        description: 'folder of the SQLite database (default: HINDSIGHT_DATA_DIR, else ./data)',
      },
      {
        flags: '--database-url <url>',
        description: 'postgres://… to use PostgreSQL (default: DATABASE_URL)',
      },
      { flags: '--json', description: 'print {"database", "applied"} as JSON' },
    ],
    examples: [
      ['hindsight migrate', 'migrate ./data/hindsight.db'],
      ['DATABASE_URL=postgres://db/hindsight hindsight migrate --json', 'migrate PostgreSQL'],
    ],
    run: async (_args, o, io) =>
      (await import('./commands/migrate.js')).runMigrate(
        {
          dataDir: stringOption(o, 'dataDir'),
          databaseUrl: stringOption(o, 'databaseUrl'),
          json: flagOption(o, 'json'),
        },
        io,
      ),
  },
  {
    name: 'import',
    arguments: [
      {
        syntax: '<paths...>',
        description: 'Markdown files, and folders searched for *.md and *.markdown',
      },
    ],
    summary: 'import Markdown postmortems into the database, keyed by slug',
    options: [
      { flags: '--dry-run', description: 'report what would be created or updated; write nothing' },
      {
        flags: '--strict',
        description: 'refuse files with parse errors (fields the parser had to drop)',
      },
      { flags: '--json', description: 'print the summary and every file as JSON' },
      {
        flags: '--data-dir <dir>',
        description: 'folder of the SQLite database (default: HINDSIGHT_DATA_DIR, else ./data)',
      },
      {
        flags: '--database-url <url>',
        description: 'postgres://… to use PostgreSQL (default: DATABASE_URL)',
      },
    ],
    examples: [
      ['hindsight import postmortems/', 'every postmortem under postmortems/, with a summary'],
      ['hindsight import old/*.md --dry-run', 'see what would change, without writing'],
      [
        'DATABASE_URL=postgres://db/hindsight hindsight import docs --json',
        'into PostgreSQL, with a JSON report',
      ],
    ],
    run: async (args, o, io) =>
      (await import('./commands/import.js')).runImport(
        {
          paths: listArgument(args, 0),
          json: flagOption(o, 'json'),
          dryRun: flagOption(o, 'dryRun'),
          strict: flagOption(o, 'strict'),
          dataDir: stringOption(o, 'dataDir'),
          databaseUrl: stringOption(o, 'databaseUrl'),
        },
        io,
      ),
  },
  {
    name: 'export',
    arguments: [{ syntax: '<dir>', description: 'folder to write <slug>.md files into' }],
    summary: 'write every postmortem in the database as canonical Markdown',
    options: [
      { flags: '--json', description: 'print the files written as JSON' },
      {
        flags: '--data-dir <dir>',
        description: 'folder of the SQLite database (default: HINDSIGHT_DATA_DIR, else ./data)',
      },
      {
        flags: '--database-url <url>',
        description: 'postgres://… to use PostgreSQL (default: DATABASE_URL)',
      },
    ],
    examples: [
      ['hindsight export backup/', 'one <slug>.md per postmortem'],
      ['hindsight export out --json | jq .files', 'the file names, for scripts'],
    ],
    run: async (args, o, io) =>
      (await import('./commands/export.js')).runExport(
        {
          dir: requiredArgument(args, 0, 'the folder to export to'),
          json: flagOption(o, 'json'),
          dataDir: stringOption(o, 'dataDir'),
          databaseUrl: stringOption(o, 'databaseUrl'),
        },
        io,
      ),
  },
  ...ACCOUNT_COMMANDS,
];
