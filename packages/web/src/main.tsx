import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { apiClient, probablySignedIn } from './app/api-instance.js';
import { App } from './app/app.js';
import { libraryListQuery } from './pages/library/library-query.js';
import { preloadPage } from './app/lazy-pages.js';
import { parseLocation } from './router/routes.js';
import { applyTheme, readTheme } from './app/theme.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/controls.css';

// Before the first render, so a remembered dark choice does not flash light.
applyTheme(readTheme(), false);
// Fetch the first page's code and data while the app asks who is signed in, not after.
const route = parseLocation(window.location.pathname, window.location.search);
preloadPage(route.name);
if (route.name === 'library' && !route.query.q && probablySignedIn()) {
  apiClient.prefetch('/api/postmortems', libraryListQuery(route.query, null));
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
