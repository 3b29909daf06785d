/** A small hand-written postmortem with a time zone, a timeline and an action item. */
export const LOOSE_POSTMORTEM = `# Payment page errors

**Date:** 2024-03-20

## Summary

From 14:00 to 15:30 UTC the payment page returned errors for 20% of users.

## Timeline

- **14:00 UTC** Errors begin after the deploy
- **14:05 UTC** Alert fires and the on-call engineer is paged
- **14:40 UTC** Rolled back the deploy
- **15:30 UTC** Service fully restored

## Action items

- [ ] Add a canary step (owner: Sam, due: 2024-04-01)
`;

/** A document whose front matter holds an impossible date: the parser reports an error. */
export const BROKEN_POSTMORTEM = `---
title: Broken
date: 2023-02-30
---

## Summary

Something happened.
`;
