let firstRender = true;

/**
 * Moves focus to the main heading after an in-app navigation (not on the first load, where
 * the browser starts at the top anyway), so keyboard and screen-reader users start reading
 * the new page instead of staying on the link they used.
 */
export function focusPageHeading(): void {
  if (firstRender) {
    firstRender = false;
    return;
  }
  const heading = document.querySelector<HTMLElement>('main h1');
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus({ preventScroll: false });
}
