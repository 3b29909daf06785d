/**
 * The object without its emptied fields (undefined, an empty string, or NaN from a cleared
 * number box): the model refuses empty strings and NaN, and an absent key means "not known".
 */
export function compactFields<T extends object>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== '' && !Number.isNaN(v)),
  ) as T;
}
