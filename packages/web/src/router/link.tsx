import type { AnchorHTMLAttributes, MouseEvent } from 'react';
import { navigate } from './router.js';
import { hrefOf } from './routes.js';
import type { Route } from './routes.js';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  readonly to: Route;
  readonly replace?: boolean;
}

/**
 * A real `<a href>` (so it can be opened in a new tab, copied and read by screen readers)
 * whose plain left clicks move within the app instead of reloading it.
 */
export function Link({ to, replace, onClick, ...rest }: LinkProps) {
  const href = hrefOf(to);
  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      (rest.target && rest.target !== '_self')
    ) {
      return;
    }
    event.preventDefault();
    navigate(href, { replace: replace ?? false });
  }
  return <a {...rest} href={href} onClick={handleClick} />;
}
