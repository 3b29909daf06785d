/** A custom template as a team would keep it in its templates folder. */
export const CUSTOM_TEMPLATE = `---
title: Service incident
templateName: Payments incident
templateDescription: Our short form for payment incidents.
templateProfile: minimal
services:
  - payments
---

## Summary

[What happened to payments, in two sentences.]

## Timeline

- **HH:MM** [First sign of trouble]

## Root Cause

[Why it happened.]

## Action Items

- [ ] [What we will change]
  - Owner: [Name]
`;
