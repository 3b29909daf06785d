import type { Outcome } from './cli-error.js';
import type { Io } from './io.js';

/** One flag of a command, as commander declares it. */
export interface OptionDefinition {
  /** e.g. `-o, --output <path>` or `--json`. */
  flags: string;
  description: string;
  /** The flag may be given several times; its values are collected into a list. */
  repeatable?: boolean;
}

/** A row of the command table: how the command is called, and the function that runs it. */
export interface CommandDefinition {
  name: string;
  /** Positional arguments in commander syntax: `<file>`, `[dir]`. */
  arguments: { syntax: string; description: string }[];
  summary: string;
  options: OptionDefinition[];
  /** Shown under "Examples" in the command's help: the command line and what it does. */
  examples: [command: string, explanation: string][];
  /** Converts what commander parsed into the command's typed options and runs it. */
  run(
    args: readonly unknown[],
    options: Readonly<Record<string, unknown>>,
    io: Io,
  ): Promise<Outcome>;
}
