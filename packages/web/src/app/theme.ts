/** The reader's colour scheme choice: follow the system, or always light or dark. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'hindsight.theme';

/** The remembered choice; 'system' when none is stored or storage is unavailable. */
export function readTheme(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

/**
 * Applies a choice to the page (`data-theme` on <html>, read by tokens.css) and remembers it.
 * 'system' removes the attribute so that prefers-color-scheme decides.
 */
export function applyTheme(choice: ThemeChoice, remember = true): void {
  const root = document.documentElement;
  if (choice === 'system') delete root.dataset['theme'];
  else root.dataset['theme'] = choice;
  if (!remember) return;
  try {
    if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
    else window.localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // Private windows may refuse storage; the choice then lasts for this page only.
  }
}

/** Whether the page currently shows dark colours, whatever the reason. */
export function isDark(choice: ThemeChoice): boolean {
  if (choice !== 'system') return choice === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}
