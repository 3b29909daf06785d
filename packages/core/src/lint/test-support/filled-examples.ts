import type { ProfileName } from '../types.js';

/**
 * One finished postmortem per profile, about a made-up incident, written to pass every rule
 * of its profile: the counterpart of a freshly created template, which fails many.
 */
export const FILLED_EXAMPLES: Readonly<Record<ProfileName, string>> = {
  holberton: `# Photo uploads rejected after a storage quota change

## Issue Summary

From 09:12 to 10:47 UTC on 2024-05-14, the photo upload service of our school gallery rejected new uploads with an error page. Students could still browse and download existing photos, but every attempt to add a picture failed after a long wait. We estimate that about 35% of active users tried to upload something during that window and were affected. The root cause was a storage quota setting that a configuration template reset to its small default value during a routine server rebuild.

## Timeline

- 09:12 UTC: A configuration rollout rebuilds the two upload servers from the shared template.
- 09:20 UTC: The upload error-rate alert fires and pages the on-call engineer, who confirms the errors in the logs.
- 09:31 UTC: The team checks the load balancer and the application logs, assuming a bad release of the upload code.
- 09:44 UTC: Initially suspected the new release and rolled it back; the errors persist, so this path was a dead end.
- 10:02 UTC: The issue is escalated to the storage team, who own the disk quotas on the file servers.
- 10:25 UTC: The storage team finds that the quota for the upload directory is set to 1 GB instead of 500 GB.
- 10:47 UTC: The quota is raised back to 500 GB and uploads are fully restored; the error rate returns to zero.

## Root Cause and Resolution

### Root Cause

The upload servers keep photos on a shared volume with a per-directory quota. The value of that quota lived in a hand-edited file on the old servers, not in the configuration template. When the servers were rebuilt from the template, the quota fell back to the template default of 1 GB. The volume already held far more than that, so every new write was refused. The application reported the refusal as a generic server error, which hid the real reason and made the release look guilty.

### Resolution

The storage team raised the quota to 500 GB on both servers and restarted the upload workers so that they reopened the volume. We then uploaded test photos from three accounts, watched the error rate stay at zero for thirty minutes, and added the quota value to the configuration template so that the next rebuild keeps it.

## Corrective and Preventative Measures

Settings that a server needs must live in the template, and a full disk or a quota refusal must be visible in monitoring and in the error message, so that the next failure of this kind points straight at storage.

- [ ] Move every quota and volume setting into the configuration template
- [ ] Add an alert when a volume is above 90% of its quota
- [ ] Return a clear "storage full" error from the upload service instead of a generic one
- [ ] Add an upload smoke test to the rebuild checklist
`,

  standard: `---
title: Checkout errors after a cache configuration deploy
date: 2024-03-20
severity: high
status: in-review
authors: [ana]
reviewers: [bob]
---

## Summary

From 14:05 to 15:50 UTC on 2024-03-20, about a third of checkout attempts failed with an error page. A cache configuration change made two services share one key prefix, so carts were read back with the wrong contents. We rolled the change back and service recovered fully.

## Impact

- About 35% of checkout attempts failed, roughly 98,000 requests.
- 140 business customers opened support tickets, and 61 of them asked for refunds.
- Refunds came to about $4,000.

## Timeline

All times are UTC.

- 14:05 Checkout requests began failing after the cache configuration deploy finished.
- 14:12 The checkout error-rate alert fired.
- 14:15 On-call acknowledged the page and opened an incident channel.
- 14:40 Escalated to the cache team, who found the shared key prefix.
- 15:20 Rolled back the cache configuration to the previous version.
- 15:50 Checkout fully restored; the error rate stayed at its normal level for thirty minutes.

## Root Cause

The cache configuration lets each service choose its key prefix by hand. The deploy gave the cart service the prefix that the pricing service already used, so the two services overwrote each other's entries. Nothing in the deploy pipeline compares prefixes across services, and configuration changes skip the canary stage that code changes go through.

## Detection

The checkout error-rate alert caught the problem seven minutes after the deploy. The alert worked, but its message named only the symptom, so the first half hour went into looking at the checkout code rather than the cache.

## Resolution

We rolled back the cache configuration to the previous version, flushed the affected keys, and watched the error rate return to its normal level before closing the incident.

## Action Items

- [ ] Send cache configuration changes through the canary stage
  - Owner: ana
  - Due: 2024-04-15
- [ ] Reject duplicate key prefixes in the deploy pipeline
  - Owner: bob
  - Due: 2024-04-30

## Lessons Learned

- The alert fired quickly, and the on-call engineer answered within minutes.
- Configuration changes deserve the same safety checks as code changes.

## Follow-up Review

Review date: 2024-04-17, with the payments and cache teams.
`,

  sre: `---
title: Search returned empty results for an hour
date: 2024-02-08
authors: [mei, tom]
---

## Summary

Search returned empty results for 62 minutes after an index rebuild shipped an empty shard map.

## Impact

About 1.2M searches returned no results, and roughly 18,000 users retried more than three times.

## Root Causes

The index rebuild job writes the shard map before all shards finish, and nothing checks that the map is complete before it is published.

## Trigger

The nightly rebuild ran during a storage slowdown, so the map was published with no shards in it.

## Resolution

We republished the previous shard map, then reran the rebuild with the storage slowdown over and checked that every shard was listed.

## Detection

The zero-results alert fired eleven minutes after the map was published.

## Action Items

- [ ] Publish the shard map only after every shard reports done
  - Owner: mei
- [ ] Alert when a shard map lists fewer shards than the day before
  - Owner: tom

## Lessons Learned

### What went well

- The previous shard map was kept, so the rollback took minutes.

### What went wrong

- The rebuild trusted its own output without a check.

### Where we got lucky

- The slowdown happened at night, when traffic is lowest.

## Timeline

All times are UTC.

- 02:10 Search began returning empty results after the rebuild published its map.
- 02:21 The zero-results alert fired.
- 02:45 Republished the previous shard map, which mitigated the impact.
- 03:12 Service fully restored after the rebuild was rerun and checked.
`,

  minimal: `---
title: Nightly report emails were not sent
date: 2024-01-22
---

## Summary

The nightly report emails were not sent on 2024-01-22 because the mail relay rejected the new sender address.

## Timeline

All times are UTC.

- 02:00 The report job ran and the mail relay refused every message.
- 07:45 A customer reported the missing email and the team was alerted.
- 09:30 The sender address was added to the relay and the reports were sent again; service fully restored.

## Root Cause

The report job moved to a new sender address, and the mail relay only accepts addresses on its allow list.

## Action Items

- [ ] Add the relay allow list to the change checklist for sender addresses
  - Owner: lee
`,
};
