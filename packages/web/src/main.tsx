import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';
import { preloadPage } from './app/lazy-pages.js';
import { parseLocation } from './router/routes.js';
import { applyTheme, readTheme } from './app/theme.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/controls.css';

// Before the first render, so a remembered dark choice does not flash light.
applyTheme(readTheme(), false);
preloadPage(parseLocation(window.location.pathname, window.location.search).name);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
