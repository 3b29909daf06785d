import { Command } from 'commander';
import type { CommandDefinition } from './command-definition.js';
import type { Outcome } from './cli-error.js';
import { useColor } from './io.js';
import type { Io } from './io.js';

/**
 * Builds the commander program from the command table. Commander only parses: it writes help
 * and usage errors to the io's streams and throws instead of exiting, and each action stores
 * its command's outcome through `report`, so `main` alone decides the exit code.
 */
export function buildProgram(
  commands: readonly CommandDefinition[],
  io: Io,
  version: string,
  report: (outcome: Outcome) => void,
): Command {
  const program = new Command('hindsight')
    .description('Write, check and share blameless postmortems kept as Markdown files.')
    .version(version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help for a command')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      getOutHelpWidth: () => io.stdout.columns ?? 80,
      getErrHelpWidth: () => io.stderr.columns ?? 80,
      getOutHasColors: () => useColor(io, 'stdout'),
      getErrHasColors: () => useColor(io, 'stderr'),
    })
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      [
        '',
        'Exit codes: 0 done, 1 problems found (parse --strict), 2 wrong usage or unreadable input.',
        'Run hindsight <command> --help for the flags and examples of a command.',
      ].join('\n'),
    );

  // A name with a space (`user create`) is a subcommand of a group command (`user`).
  const groups = new Map<string, Command>();
  const parentOf = (name: string): { parent: Command; leaf: string } => {
    const [group, leaf] = name.split(' ');
    if (group === undefined || leaf === undefined) return { parent: program, leaf: name };
    let parent = groups.get(group);
    if (parent === undefined) {
      parent = program.command(group).summary(`manage ${group}s (hindsight ${group} --help)`);
      groups.set(group, parent);
    }
    return { parent, leaf };
  };

  for (const definition of commands) {
    const { parent, leaf } = parentOf(definition.name);
    const command = parent
      .command(leaf)
      .summary(definition.summary)
      .description(capitalise(definition.summary));
    for (const arg of definition.arguments) command.argument(arg.syntax, arg.description);
    for (const option of definition.options) {
      if (option.repeatable) {
        command.option(
          option.flags,
          option.description,
          // No default value: commander would print it as "(default: [])" in the help.
          (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
        );
      } else {
        command.option(option.flags, option.description);
      }
    }
    if (definition.examples.length > 0) {
      const lines = definition.examples.flatMap(([line, explanation]) => [
        `  $ ${line}`,
        `      ${explanation}`,
      ]);
      command.addHelpText('after', `\nExamples:\n${lines.join('\n')}`);
    }
    // Commander passes the parsed values as arguments too; the command reads them from itself.
    command.action(async () => {
      report(await definition.run(command.processedArgs, command.opts(), io));
    });
  }
  return program;
}

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}
