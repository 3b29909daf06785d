import { describe, expect, it } from 'vitest';
import { stripLeadingSeparator } from './strip-leading-separator.js';

describe('stripLeadingSeparator', () => {
  it.each([
    [' - Outage begins.', 'Outage begins.'],
    [' – Promoted', 'Promoted'],
    [' — Promoted', 'Promoted'],
    [': Configuration push', 'Configuration push'],
    [' | Proactively', 'Proactively'],
    ['     | Proactively', 'Proactively'],
    ['** - Issue detected', 'Issue detected'],
    ['**: 🚨 **Alert**: x', '🚨 **Alert**: x'],
    [':** Alas', 'Alas'],
    ['**:** Alas', 'Alas'],
    ['* - Engineer', 'Engineer'],
    ['] Alert', 'Alert'],
    [') Alert', 'Alert'],
    ['</b> - Deploy', 'Deploy'],
    [' -> Deploy', 'Deploy'],
    [' → Deploy', 'Deploy'],
    [', the alert fired', 'the alert fired'],
    [' **OUTAGE BEGINS** --- x', '**OUTAGE BEGINS** --- x'],
    [' *italic* entry', '*italic* entry'],
    [' -1 error budget', '-1 error budget'],
    ['Deploy', 'Deploy'],
    ['', ''],
    [' - ', ''],
  ])('turns %j into %j', (rest, expected) => {
    expect(stripLeadingSeparator(rest)).toBe(expected);
  });
});
