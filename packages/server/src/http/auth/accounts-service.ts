import { AccountStore } from '../../auth/account-store.js';
import type { AppContext } from '../app-context.js';

declare module '../app-context.js' {
  interface AppServices {
    /** Accounts, teams, sessions, API tokens and the sign-in throttle (src/auth). */
    accounts: AccountStore;
  }
}

/**
 * The app's account store, made on first use over the app's database. Tests may hand one in
 * through `buildApp({ services: { accounts } })`, e.g. with a clock they control.
 */
export function accountsOf(ctx: AppContext): AccountStore {
  ctx.services.accounts ??= new AccountStore(ctx.handle);
  return ctx.services.accounts;
}
