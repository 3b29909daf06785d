import { beforeAll, expect, it } from 'vitest';
import { forEachApp } from './test-support/for-each-app.js';
import { asViewer } from './test-support/test-viewer.js';

/** Clients writing at once, each with its own connection to a listening server. */
const CLIENTS = 20;

interface Stored {
  id: string;
  revision: number;
  model: { title: string; tags: string[] };
}

interface Answer {
  status: number;
  body: { error?: { code: string; current?: Stored } } & Partial<Stored>;
}

forEachApp('concurrent updates over HTTP', (ctx) => {
  let baseUrl = '';
  beforeAll(async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const address = ctx.app.server.address();
    if (address === null || typeof address === 'string') throw new Error('not listening on TCP');
    baseUrl = `http://127.0.0.1:${address.port}`;
  });

  /** PATCH over a real connection, as editor `client-<n>`. */
  async function patch(id: string, n: number, body: Record<string, unknown>): Promise<Answer> {
    const res = await fetch(`${baseUrl}/api/postmortems/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...asViewer('editor', `client-${n}`) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Answer['body'] };
  }

  async function create(title: string): Promise<Stored> {
    const res = await fetch(`${baseUrl}/api/postmortems`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asViewer('editor', 'ada') },
      body: JSON.stringify({ template: 'minimal', title, date: '2024-05-01' }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as Stored;
  }

  async function revisionsOf(id: string): Promise<number> {
    const res = await fetch(`${baseUrl}/api/postmortems/${id}/revisions?limit=200`, {
      headers: asViewer('editor', 'ada'),
    });
    if (res.status === 404) {
      // Before the revision routes are registered: count them in storage.
      return (await ctx.store.listRevisions(id, { limit: 200 })).items.length;
    }
    return ((await res.json()) as { items: unknown[] }).items.length;
  }

  it(`${CLIENTS} clients on the same base revision: exactly one lands, the others get 409 with the current version`, async () => {
    const created = await create('Twenty writers');
    const answers = await Promise.all(
      Array.from({ length: CLIENTS }, (_, n) =>
        patch(created.id, n, { baseRevision: created.revision, title: `Title from client ${n}` }),
      ),
    );
    const landed = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(landed).toHaveLength(1);
    expect(refused).toHaveLength(CLIENTS - 1);
    const winner = landed[0]?.body;
    expect(winner?.revision).toBe(created.revision + 1);
    for (const a of refused) {
      expect(a.body.error?.code).toBe('revision_conflict');
      // The current version is the winner's, so a client can merge and retry without a read.
      expect(a.body.error?.current?.revision).toBe(created.revision + 1);
      expect(a.body.error?.current?.model.title).toBe(winner?.model?.title);
    }
    const stored = await ctx.store.get(created.id);
    expect(stored.revision).toBe(created.revision + 1);
    expect(stored.model.title).toBe(winner?.model?.title);
    expect(await revisionsOf(created.id)).toBe(stored.revision);
  });

  it(`${CLIENTS} clients retrying on 409 all land, and no update is lost`, async () => {
    const created = await create('Twenty retrying writers');
    let successes = 0;
    let conflicts = 0;
    // Each client adds its own tag to what it last saw; on 409 it starts again from the
    // current version the answer carries, as the web app does.
    const client = async (n: number): Promise<void> => {
      let seen: Stored = created;
      for (let attempt = 0; attempt < 200; attempt++) {
        const tags = [...seen.model.tags, `client-${n}`];
        const answer = await patch(created.id, n, { baseRevision: seen.revision, tags });
        if (answer.status === 200) {
          successes++;
          return;
        }
        expect(answer.status).toBe(409);
        conflicts++;
        const current = answer.body.error?.current;
        if (current === undefined) throw new Error('a 409 without the current version');
        seen = current;
      }
      throw new Error(`client ${n} never landed`);
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n)));

    expect(successes).toBe(CLIENTS);
    expect(conflicts).toBeGreaterThan(0);
    const stored = await ctx.store.get(created.id);
    // Every 2xx made exactly one revision, and every client's tag is in the final version.
    expect(stored.revision).toBe(created.revision + successes);
    expect(await revisionsOf(created.id)).toBe(stored.revision);
    expect([...stored.model.tags].sort()).toEqual(
      Array.from({ length: CLIENTS }, (_, n) => `client-${n}`).sort(),
    );
  });
});
