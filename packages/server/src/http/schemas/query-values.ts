import { z } from 'zod';

/** A service, team, tag or person's name in a query. */
export const nameSchema = z.string().min(1).max(200);

/** A filter given once (`?tag=db`) or repeated (`?tag=db&tag=dns`): any of the values matches. */
export function oneOrMany<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.array(schema).min(1).max(50)]).optional();
}
