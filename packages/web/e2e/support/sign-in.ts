import type { Page } from 'playwright-core';

/** Signs `who` in through the sign-in page, which then goes to `next`. */
export async function signIn(
  page: Page,
  url: string,
  who: { readonly username: string; readonly password: string },
  next = '/',
): Promise<void> {
  await page.goto(`${url}/sign-in?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
