import { CommanderError } from 'commander';
import { HindsightError } from '@hindsight/core';
import { buildProgram } from './build-program.js';
import { CliError, EXIT } from './cli-error.js';
import type { ExitCode, Outcome } from './cli-error.js';
import { COMMANDS } from './command-table.js';
import type { CommandDefinition } from './command-definition.js';
import { paintFor } from './io.js';
import type { Io } from './io.js';
import { cliVersion } from './package-info.js';

/**
 * Runs the `hindsight` command line (`argv` without the node and script paths) and returns
 * the exit code. Every error ends here: what the user can fix is one line on stderr, anything
 * else one "internal error" line, with the stack only when HINDSIGHT_DEBUG=1. `commands` is
 * the command table; tests pass their own.
 */
export async function main(
  argv: readonly string[],
  io: Io,
  commands: readonly CommandDefinition[] = COMMANDS,
): Promise<ExitCode> {
  const ran: { outcome: Outcome } = { outcome: 'ok' };
  try {
    const program = buildProgram(commands, io, cliVersion(), (outcome) => {
      ran.outcome = outcome;
    });
    await program.parseAsync([...argv], { from: 'user' });
    return ran.outcome === 'findings' ? EXIT.findings : EXIT.ok;
  } catch (error) {
    return reportError(error, io);
  }
}

function reportError(error: unknown, io: Io): ExitCode {
  if (error instanceof CommanderError) {
    // Commander has already printed its help or its usage message.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version')
      return EXIT.ok;
    if (error.code === 'commander.help' && error.exitCode === 0) return EXIT.ok;
    return EXIT.usage;
  }
  const paint = paintFor(io, 'stderr');
  if (error instanceof CliError || error instanceof HindsightError) {
    io.stderr.write(`${paint.red('error:')} ${oneLine(error.message)}\n`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (debugging(io)) {
    io.stderr.write(
      `${paint.red('internal error:')} ${oneLine(message)}\n${error instanceof Error ? (error.stack ?? '') : ''}\n`,
    );
  } else {
    io.stderr.write(
      `${paint.red('internal error:')} ${oneLine(message)} (set HINDSIGHT_DEBUG=1 for details)\n`,
    );
  }
  return EXIT.usage;
}

function debugging(io: Io): boolean {
  const value = io.env.HINDSIGHT_DEBUG;
  return value !== undefined && value !== '' && value !== '0';
}

/** Messages from libraries may span lines; the contract is one line per error. */
function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, ' ').trim();
}
