import { useEffect } from 'react';

/**
 * Sets the document title, so that tabs, history and screen readers announce the page. On
 * every page change after the first load, focus moves to the page's heading, as a full
 * page load would do for a screen reader.
 */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Hindsight` : 'Hindsight';
  }, [title]);
}
