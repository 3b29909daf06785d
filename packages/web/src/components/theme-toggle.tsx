import { useState } from 'react';
import { applyTheme, isDark, readTheme } from '../app/theme.js';

/** One button that switches between light and dark, and remembers the choice. */
export function ThemeToggle() {
  const [dark, setDark] = useState(() => isDark(readTheme()));
  function toggle() {
    const next = !dark;
    applyTheme(next ? 'dark' : 'light');
    setDark(next);
  }
  return (
    <button
      type="button"
      className="button button-quiet button-small"
      aria-pressed={dark}
      onClick={toggle}
      data-testid="theme-toggle"
    >
      <span aria-hidden="true">{dark ? '☾' : '☀'}</span> Dark mode
    </button>
  );
}
