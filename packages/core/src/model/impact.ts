import { z } from 'zod';
import { degradationSchema } from './enums.js';

const count = z.number().int().nonnegative();

/** What the incident cost, in numbers where they are known and in words otherwise. */
export const impactSchema = z
  .object({
    usersAffectedPercent: z.number().min(0).max(100).optional(),
    usersAffectedCount: count.optional(),
    customersAffected: count.optional(),
    failedRequests: count.optional(),
    /** Lost or refunded revenue, as written ("$12,000", "no revenue impact"). */
    revenue: z.string().min(1).optional(),
    servicesAffected: z.array(z.string().min(1)).default([]),
    degradation: degradationSchema.optional(),
    onCallPages: count.optional(),
    engineeringHours: z.number().nonnegative().optional(),
    supportTickets: count.optional(),
  })
  .strict();
export type Impact = z.infer<typeof impactSchema>;
