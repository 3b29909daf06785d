import { beforeAll, expect, it } from 'vitest';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { AccountStore } from './account-store.js';
import { sha256Hex } from './secret-token.js';
import { csrfTokenFor } from './session-store.js';
import { testClock } from './test-support/clock.js';
import type { User } from './user.js';

const HOUR = 3_600_000;

forEachDialect('SessionStore', (ctx) => {
  const clock = testClock();
  let accounts: AccountStore;
  let user: User;
  beforeAll(async () => {
    accounts = new AccountStore(ctx.handle, {
      now: clock.now,
      sessionTtlMs: 48 * HOUR,
      sessionIdleMs: 12 * HOUR,
    });
    user = await accounts.users.create(
      { username: 'sid', password: 'correct horse battery staple', role: 'viewer' },
      { actor: 'system' },
    );
  });

  it('stores only a hash of the token, and derives the CSRF token from it', async () => {
    const session = await accounts.sessions.create(user.id, { userAgent: 'test', ip: '10.0.0.1' });
    const rows = await ctx.handle.db.selectFrom('sessions').selectAll().execute();
    expect(rows.map((r) => r.token_hash)).toContain(sha256Hex(session.token));
    expect(JSON.stringify(rows)).not.toContain(session.token);
    expect(session.csrfToken).toBe(csrfTokenFor(session.token));
    expect(session.csrfToken).not.toBe(session.token);
    await expect(accounts.sessions.resolve(session.token)).resolves.toMatchObject({
      user: { username: 'sid' },
      csrfToken: session.csrfToken,
    });
    await expect(accounts.sessions.resolve(`${session.token}x`)).resolves.toBeUndefined();
    await expect(accounts.sessions.resolve('')).resolves.toBeUndefined();
  });

  it('ends a session after the idle timeout, and keeps an active one alive', async () => {
    const active = await accounts.sessions.create(user.id);
    const idle = await accounts.sessions.create(user.id);
    for (let i = 0; i < 3; i++) {
      clock.advance(6 * HOUR);
      await expect(accounts.sessions.resolve(active.token)).resolves.toBeDefined();
    }
    await expect(accounts.sessions.resolve(idle.token)).resolves.toBeUndefined();
  });

  it('ends a session at its absolute expiry, however active', async () => {
    const session = await accounts.sessions.create(user.id);
    for (let i = 0; i < 7; i++) {
      clock.advance(6 * HOUR);
      await expect(accounts.sessions.resolve(session.token)).resolves.toBeDefined();
    }
    clock.advance(6 * HOUR);
    await expect(accounts.sessions.resolve(session.token)).resolves.toBeUndefined();
  });

  it('ends a session on sign-out, and sweeps dead sessions when a new one starts', async () => {
    const session = await accounts.sessions.create(user.id);
    await accounts.sessions.revoke(session.token);
    await expect(accounts.sessions.resolve(session.token)).resolves.toBeUndefined();
    clock.advance(100 * HOUR);
    await accounts.sessions.create(user.id);
    const rows = await ctx.handle.db.selectFrom('sessions').select('token_hash').execute();
    expect(rows).toHaveLength(1);
  });
});
