/*
 * Commander hands options over as untyped values; these read them back with the type each
 * command declared, so the command functions receive plain typed objects.
 */

/** A string option, or undefined when it was not given. */
export function stringOption(
  options: Readonly<Record<string, unknown>>,
  key: string,
): string | undefined {
  const value = options[key];
  return typeof value === 'string' ? value : undefined;
}

/** A boolean flag; absent is false. */
export function flagOption(options: Readonly<Record<string, unknown>>, key: string): boolean {
  return options[key] === true;
}

/** A repeatable option's values, in the order given. */
export function listOption(options: Readonly<Record<string, unknown>>, key: string): string[] {
  const value = options[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** A positional argument as a string, or undefined when it was not given. */
export function argumentAt(args: readonly unknown[], index: number): string | undefined {
  const value = args[index];
  return typeof value === 'string' ? value : undefined;
}
