import { beforeAll, expect, it } from 'vitest';
import { InvalidInputError } from '../storage/errors.js';
import { forEachDialect } from '../storage/test-support/for-each-dialect.js';
import { AccountStore } from './account-store.js';
import { sha256Hex } from './secret-token.js';
import { testClock } from './test-support/clock.js';
import type { User } from './user.js';

const DAY = 86_400_000;

forEachDialect('ApiTokenStore', (ctx) => {
  const clock = testClock();
  let accounts: AccountStore;
  let editor: User;
  beforeAll(async () => {
    accounts = new AccountStore(ctx.handle, { now: clock.now });
    await accounts.users.create(
      { username: 'root', password: 'correct horse battery staple', role: 'admin' },
      { actor: 'system' },
    );
    editor = await accounts.users.create(
      { username: 'ci-bot', password: 'correct horse battery staple', role: 'editor' },
      { actor: 'system' },
    );
  });

  it('shows the secret once and keeps only its hash and prefix', async () => {
    const { token, secret } = await accounts.tokens.create(
      editor,
      { name: 'deploy' },
      { actor: 'ci-bot' },
    );
    expect(secret).toMatch(/^hs_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'deploy', role: 'editor', prefix: secret.slice(0, 11) });
    expect(Date.parse(token.expiresAt ?? '') - clock.now().getTime()).toBe(90 * DAY);
    const row = await ctx.handle.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256Hex(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    await expect(accounts.tokens.resolve(secret)).resolves.toMatchObject({
      user: { username: 'ci-bot' },
      role: 'editor',
    });
    await expect(accounts.tokens.resolve('hs_nope')).resolves.toBeUndefined();
    await expect(accounts.tokens.list({ userId: editor.id })).resolves.toHaveLength(1);
  });

  it('caps the role at the owner’s, at creation and when the owner is demoted later', async () => {
    await expect(
      accounts.tokens.create(editor, { name: 'too much', role: 'admin' }, { actor: 'ci-bot' }),
    ).rejects.toBeInstanceOf(InvalidInputError);
    const reader = await accounts.tokens.create(
      editor,
      { name: 'read only', role: 'viewer' },
      { actor: 'ci-bot' },
    );
    await expect(accounts.tokens.resolve(reader.secret)).resolves.toMatchObject({ role: 'viewer' });
    const full = await accounts.tokens.create(editor, { name: 'full' }, { actor: 'ci-bot' });
    await accounts.users.update(editor.id, { role: 'reviewer' }, { actor: 'root' });
    await expect(accounts.tokens.resolve(full.secret)).resolves.toMatchObject({ role: 'reviewer' });
    await accounts.users.update(editor.id, { role: 'editor' }, { actor: 'root' });
  });

  it('stops working when revoked, expired, or when the owner is disabled', async () => {
    const revoked = await accounts.tokens.create(editor, { name: 'r' }, { actor: 'ci-bot' });
    const expiring = await accounts.tokens.create(
      editor,
      { name: 'e', expiresInDays: 1 },
      { actor: 'ci-bot' },
    );
    const forever = await accounts.tokens.create(
      editor,
      { name: 'f', expiresInDays: null },
      { actor: 'ci-bot' },
    );
    const after = await accounts.tokens.revoke(revoked.token.id, { actor: 'root' });
    expect(after.revokedAt).not.toBeNull();
    await expect(accounts.tokens.resolve(revoked.secret)).resolves.toBeUndefined();
    clock.advance(DAY);
    await expect(accounts.tokens.resolve(expiring.secret)).resolves.toBeUndefined();
    await expect(accounts.tokens.resolve(forever.secret)).resolves.toBeDefined();
    await accounts.users.update(editor.id, { disabled: true }, { actor: 'root' });
    await expect(accounts.tokens.resolve(forever.secret)).resolves.toBeUndefined();
    await accounts.users.update(editor.id, { disabled: false }, { actor: 'root' });
    await expect(accounts.tokens.resolve(forever.secret)).resolves.toBeDefined();
  });

  it('names the fields at fault', async () => {
    const error = await accounts.tokens
      .create(editor, { name: '', expiresInDays: 0 }, { actor: 'ci-bot' })
      .catch((e: unknown) => e);
    expect((error as InvalidInputError).issues.map((i) => i.path)).toEqual([
      'name',
      'expiresInDays',
    ]);
  });
});
