import type { Page } from 'playwright-core';

/** An account's credentials, as the sign-in form takes them. */
export interface Credentials {
  readonly username: string;
  readonly password: string;
}

/** Signs `who` in through the sign-in page, which then goes to `next`. */
export async function signIn(page: Page, url: string, who: Credentials, next = '/'): Promise<void> {
  await page.goto(`${url}/sign-in?next=${encodeURIComponent(next)}`);
  await fillSignIn(page, who);
}

/**
 * Fills and sends the sign-in form the page already shows, and waits until the app has left
 * the sign-in page: the session cookie is set by then, so a `goto` that follows is signed in.
 */
export async function fillSignIn(page: Page, who: Credentials): Promise<void> {
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}
