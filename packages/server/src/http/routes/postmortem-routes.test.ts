import { describe, expect, it } from 'vitest';
import { hasCorpus, readCorpus } from '../../../../core/src/test-support/corpus.js';
import { countRows } from '../../storage/test-support/for-each-dialect.js';
import { buildModel } from '../../storage/test-support/build-model.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';
import { registerOpsRoutes } from './ops-routes.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';

const editor = asViewer('editor', 'ada');
const routes = [registerOpsRoutes, registerPostmortemRoutes];

forEachApp(
  'postmortem routes',
  (ctx) => {
    async function create(payload: object, headers = editor) {
      return ctx.app.inject({ method: 'POST', url: '/api/postmortems', headers, payload });
    }

    describe('create', () => {
      it('creates from a template', async () => {
        const res = await create({
          template: 'holberton',
          title: 'Login outage',
          date: '2024-06-07',
        });
        expect(res.statusCode).toBe(201);
        const body = res.json();
        expect(body.revision).toBe(1);
        expect(body.model.title).toBe('Login outage');
        expect(body.model.template).toBe('holberton');
        expect(body.createdBy).toBe('ada');
        expect(res.headers.location).toBe(`/api/postmortems/${body.id}`);
      });

      it('creates from a whole model', async () => {
        const res = await create({ model: buildModel({ title: 'DNS went away' }) });
        expect(res.statusCode).toBe(201);
        expect(res.json().slug).toBe('2024-03-20-dns-went-away');
      });

      it('creates from Markdown and reports the parser’s notes', async () => {
        const res = await create({
          markdown: '# Queue backlog\n\n## Summary\n\nThe queue grew for an hour.\n',
        });
        expect(res.statusCode).toBe(201);
        expect(res.json().model.title).toBe('Queue backlog');
        expect(Array.isArray(res.json().diagnostics)).toBe(true);
      });

      it.skipIf(!hasCorpus())(
        'stores every corpus document and reads back its Markdown',
        async () => {
          for (const doc of readCorpus()) {
            const res = await create({ markdown: doc.text });
            expect(res.statusCode, doc.name).toBe(201);
            const md = await ctx.app.inject({
              url: `/api/postmortems/${res.json().slug}?format=md`,
              headers: editor,
            });
            expect(md.body).toBe(res.json().markdown);
          }
        },
      );

      it('refuses bad bodies naming the field, and stores nothing', async () => {
        const before = await countRows(ctx.handle);
        const cases: [object, string][] = [
          [{}, 'body.template'],
          [{ template: 'nope', title: 'X' }, 'body.template'],
          [{ template: 'standard' }, 'body.title'],
          [{ template: 'standard', title: 'X', date: '2024-02-30' }, 'body.date'],
          [{ template: 'standard', title: 'X', colour: 'red' }, 'body.colour'],
          [{ model: { title: 42 } }, 'body.model.title'],
          [{ model: buildModel(), markdown: '# X' }, 'body.markdown'],
          [{ model: { ...buildModel(), status: 'published' } }, 'body.model.status'],
          [{ model: buildModel({ title: 'nul \u0000 here' }) }, 'body.model.title'],
          [{ markdown: '---\ntitle: [unclosed\n---\n# Broken\n' }, 'body.markdown'],
          [{ markdown: '   \n' }, 'body.markdown'],
          [{ model: buildModel({ date: '2024-13-01' }) }, 'body.model.date'],
        ];
        for (const [payload, path] of cases) {
          const res = await create(payload);
          expect(res.statusCode, JSON.stringify(payload)).toBe(400);
          expect(res.json().error.code).toBe('invalid_input');
          const paths = res.json().error.issues.map((i: { path: string }) => i.path);
          expect(paths, JSON.stringify(payload)).toContain(path);
        }
        const wrongType = await ctx.app.inject({
          method: 'POST',
          url: '/api/postmortems',
          headers: { ...editor, 'content-type': 'application/json' },
          payload: '[1,2,3]',
        });
        expect(wrongType.statusCode).toBe(400);
        const huge = await create({ markdown: `# Big\n\n${'word '.repeat(2_200_000)}` });
        expect(huge.statusCode).toBe(413);
        expect(await countRows(ctx.handle)).toEqual(before);
      });

      it('keeps odd but valid Unicode, and refuses text no database can store', async () => {
        const title = 'Ünïcode ⚠️ 👩🏽‍💻 עברית e\u0301 \u200b end';
        const ok = await create({ model: buildModel({ title }) });
        expect(ok.statusCode).toBe(201);
        const read = await ctx.app.inject({
          url: `/api/postmortems/${ok.json().id}`,
          headers: editor,
        });
        expect(read.json().model.title).toBe(title);
        const before = await countRows(ctx.handle);
        const lone = await ctx.app.inject({
          method: 'POST',
          url: '/api/postmortems',
          headers: { ...editor, 'content-type': 'application/json' },
          payload: `{"model":{"title":"half \\ud800 a pair"}}`,
        });
        expect(lone.statusCode).toBe(400);
        expect(lone.json().error.issues[0].path).toBe('body.model.title');
        expect(await countRows(ctx.handle)).toEqual(before);
      });

      it('needs the editor role', async () => {
        const nobody = await create({ template: 'minimal', title: 'X' }, asViewer('none'));
        expect(nobody.statusCode).toBe(401);
        const reviewer = await create(
          { template: 'minimal', title: 'X' },
          asViewer('reviewer', 'rita'),
        );
        expect(reviewer.statusCode).toBe(403);
      });
    });

    describe('read', () => {
      it('reads by id or slug as JSON, Markdown or HTML', async () => {
        const created = (await create({ model: buildModel({ title: 'Read me' }) })).json();
        const byId = await ctx.app.inject({
          url: `/api/postmortems/${created.id}`,
          headers: editor,
        });
        expect(byId.statusCode).toBe(200);
        expect(byId.json()).toMatchObject({
          id: created.id,
          revision: 1,
          markdown: created.markdown,
        });
        const bySlug = await ctx.app.inject({
          url: `/api/postmortems/${created.slug}`,
          headers: editor,
        });
        expect(bySlug.json().id).toBe(created.id);
        const md = await ctx.app.inject({
          url: `/api/postmortems/${created.slug}?format=md`,
          headers: editor,
        });
        expect(md.headers['content-type']).toMatch(/^text\/markdown/);
        expect(md.body).toBe(created.markdown);
        const html = await ctx.app.inject({
          url: `/api/postmortems/${created.slug}?format=html`,
          headers: editor,
        });
        expect(html.headers['content-type']).toMatch(/^text\/html/);
        expect(html.headers['content-security-policy']).toContain("default-src 'none'");
        expect(html.body).toContain('Read me');
        const bad = await ctx.app.inject({
          url: `/api/postmortems/${created.slug}?format=pdf`,
          headers: editor,
        });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().error.issues[0].path).toBe('query.format');
      });

      it('sanitises Markdown in the HTML page', async () => {
        const created = (
          await create({
            markdown:
              '# XSS\n\n## Summary\n\nHello <script>alert(1)</script> <img src=x onerror=alert(2)>\n',
          })
        ).json();
        const html = await ctx.app.inject({
          url: `/api/postmortems/${created.id}?format=html`,
          headers: editor,
        });
        expect(html.body).not.toContain('<script>alert');
        expect(html.body).not.toContain('onerror');
      });

      it('hides restricted postmortems from everyone they do not name', async () => {
        const created = (
          await create({
            model: buildModel({ title: 'Secret', visibility: 'restricted', teams: ['sec'] }),
          })
        ).json();
        const url = `/api/postmortems/${created.id}`;
        const stranger = await ctx.app.inject({ url, headers: asViewer('admin', 'root') });
        expect(stranger.statusCode).toBe(404);
        expect(stranger.json().error.code).toBe('not_found');
        const member = await ctx.app.inject({ url, headers: asViewer('viewer', 'tim', ['sec']) });
        expect(member.statusCode).toBe(200);
        const list = await ctx.app.inject({
          url: '/api/postmortems?limit=200',
          headers: asViewer('admin', 'root'),
        });
        expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(created.id);
        const write = await ctx.app.inject({
          method: 'PATCH',
          url,
          headers: asViewer('editor', 'eve'),
          payload: { baseRevision: 1, title: 'Mine now' },
        });
        expect(write.statusCode).toBe(404);
        const del = await ctx.app.inject({
          method: 'DELETE',
          url,
          headers: asViewer('editor', 'eve'),
        });
        expect(del.statusCode).toBe(404);
      });

      it('answers 404 for unknown postmortems and 401 without a viewer', async () => {
        const missing = await ctx.app.inject({
          url: '/api/postmortems/no-such-thing',
          headers: editor,
        });
        expect(missing.statusCode).toBe(404);
        const anon = await ctx.app.inject({ url: '/api/postmortems', headers: asViewer('none') });
        expect(anon.statusCode).toBe(401);
      });
    });

    describe('list', () => {
      it('filters, sorts and pages', async () => {
        const tag = `t${Date.now()}`;
        for (const [i, severity] of (['low', 'critical', 'high'] as const).entries())
          await create({
            model: buildModel({
              title: `Listed ${i}`,
              severity,
              tags: [tag],
              date: `2024-05-0${i + 1}`,
              services: i === 0 ? ['search'] : ['checkout'],
            }),
          });
        const q = (query: string) =>
          ctx.app.inject({ url: `/api/postmortems?tag=${tag}&${query}`, headers: editor });
        const bySeverity = (await q('sort=severity')).json();
        expect(bySeverity.items.map((i: { severity: string }) => i.severity)).toEqual([
          'critical',
          'high',
          'low',
        ]);
        const several = (await q('severity=low&severity=high')).json();
        expect(several.items).toHaveLength(2);
        const service = (await q('service=search')).json();
        expect(service.items.map((i: { title: string }) => i.title)).toEqual(['Listed 0']);
        const range = (await q('from=2024-05-02&to=2024-05-03&sort=date&order=asc')).json();
        expect(range.items.map((i: { date: string }) => i.date)).toEqual([
          '2024-05-02',
          '2024-05-03',
        ]);
        const first = (await q('sort=title&limit=2')).json();
        expect(first.items).toHaveLength(2);
        expect(first.nextCursor).toEqual(expect.any(String));
        const second = (
          await q(`sort=title&limit=2&cursor=${encodeURIComponent(first.nextCursor)}`)
        ).json();
        expect(second.items.map((i: { title: string }) => i.title)).toEqual(['Listed 2']);
        expect(second.nextCursor).toBeNull();
      });

      it('names bad query fields', async () => {
        for (const [query, path] of [
          ['limit=0', 'query.limit'],
          ['limit=abc', 'query.limit'],
          ['status=gone', 'query.status'],
          ['from=2024-02-31', 'query.from'],
          ['sort=colour', 'query.sort'],
          ['colour=red', 'query.colour'],
          ['cursor=garbage', 'query.cursor'],
        ]) {
          const res = await ctx.app.inject({ url: `/api/postmortems?${query}`, headers: editor });
          expect(res.statusCode, query).toBe(400);
          expect(
            res.json().error.issues.map((i: { path: string }) => i.path),
            query,
          ).toContain(path);
        }
      });
    });

    describe('update', () => {
      it('replaces the model with a new revision, and refuses a stale one with the current version', async () => {
        const created = (await create({ model: buildModel({ title: 'To edit' }) })).json();
        const url = `/api/postmortems/${created.id}`;
        const model = { ...created.model, title: 'Edited' };
        const ok = await ctx.app.inject({
          method: 'PUT',
          url,
          headers: editor,
          payload: { baseRevision: 1, model, summary: 'New title' },
        });
        expect(ok.statusCode).toBe(200);
        expect(ok.json().revision).toBe(2);
        const stale = await ctx.app.inject({
          method: 'PUT',
          url,
          headers: editor,
          payload: { baseRevision: 1, model: { ...model, title: 'Lost?' } },
        });
        expect(stale.statusCode).toBe(409);
        expect(stale.json().error.code).toBe('revision_conflict');
        expect(stale.json().error.current.revision).toBe(2);
        expect(stale.json().error.current.model.title).toBe('Edited');
      });

      it('replaces the document with Markdown', async () => {
        const created = (await create({ model: buildModel({ title: 'Markdown edit' }) })).json();
        const markdown = created.markdown.replace('Markdown edit', 'Edited as text');
        const res = await ctx.app.inject({
          method: 'PUT',
          url: `/api/postmortems/${created.slug}`,
          headers: editor,
          payload: { baseRevision: 1, markdown },
        });
        expect(res.statusCode).toBe(200);
        expect(res.json().model.title).toBe('Edited as text');
        expect(res.json().slug).toBe(created.slug);
      });

      it('refuses status changes and bad bodies, changing nothing', async () => {
        const created = (await create({ model: buildModel({ title: 'Keep me' }) })).json();
        const url = `/api/postmortems/${created.id}`;
        const before = await countRows(ctx.handle);
        for (const [payload, path] of [
          [
            { baseRevision: 1, model: { ...created.model, status: 'published' } },
            'body.model.status',
          ],
          [{ model: created.model }, 'body.baseRevision'],
          [{ baseRevision: '1', model: created.model }, 'body.baseRevision'],
          [{ baseRevision: 1 }, 'body.model'],
          [{ baseRevision: 1, model: created.model, extra: 1 }, 'body.extra'],
          [
            { baseRevision: 1, model: { ...created.model, timeline: [{ time: 'x' }] } },
            'body.model.timeline.0.kind',
          ],
        ] as const) {
          const res = await ctx.app.inject({ method: 'PUT', url, headers: editor, payload });
          expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
          expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
        }
        expect(await countRows(ctx.handle)).toEqual(before);
      });

      it('changes metadata with PATCH', async () => {
        const created = (await create({ model: buildModel({ title: 'Patch me' }) })).json();
        const url = `/api/postmortems/${created.id}`;
        const res = await ctx.app.inject({
          method: 'PATCH',
          url,
          headers: editor,
          payload: { baseRevision: 1, severity: null, tags: ['dns', 'cache'], title: 'Patched' },
        });
        expect(res.statusCode).toBe(200);
        expect(res.json().model).toMatchObject({ title: 'Patched', tags: ['dns', 'cache'] });
        expect(res.json().model.severity).toBeUndefined();
        expect(res.json().model.timeline).toEqual(created.model.timeline);
        const bad = await ctx.app.inject({
          method: 'PATCH',
          url,
          headers: editor,
          payload: { baseRevision: 2, status: 'published' },
        });
        expect(bad.statusCode).toBe(400);
        expect(bad.json().error.issues[0].path).toBe('body.status');
        const empty = await ctx.app.inject({
          method: 'PATCH',
          url,
          headers: editor,
          payload: { baseRevision: 2 },
        });
        expect(empty.statusCode).toBe(400);
      });
    });

    describe('slugs', () => {
      it('answers 409 slug_taken for a slug another postmortem has, changing nothing', async () => {
        const first = (await create({ model: buildModel({ title: 'Slug one' }) })).json();
        const second = (await create({ model: buildModel({ title: 'Slug two' }) })).json();
        const taken = await create({ model: buildModel({ title: 'Copy', slug: first.slug }) });
        expect(taken.statusCode).toBe(409);
        expect(taken.json().error.code).toBe('slug_taken');
        const rename = await ctx.app.inject({
          method: 'PATCH',
          url: `/api/postmortems/${second.id}`,
          headers: editor,
          payload: { baseRevision: 1, slug: first.slug },
        });
        expect(rename.statusCode).toBe(409);
        expect(rename.json().error.code).toBe('slug_taken');
        const still = await ctx.app.inject({
          url: `/api/postmortems/${second.id}`,
          headers: editor,
        });
        expect(still.json()).toMatchObject({ slug: second.slug, revision: 1 });
      });
    });

    describe('delete', () => {
      it('moves to the trash, guarded by an optional base revision', async () => {
        const created = (await create({ model: buildModel({ title: 'Delete me' }) })).json();
        const url = `/api/postmortems/${created.id}`;
        const stale = await ctx.app.inject({
          method: 'DELETE',
          url: `${url}?baseRevision=7`,
          headers: editor,
        });
        expect(stale.statusCode).toBe(409);
        const gone = await ctx.app.inject({
          method: 'DELETE',
          url: `${url}?baseRevision=1`,
          headers: editor,
        });
        expect(gone.statusCode).toBe(204);
        expect((await ctx.app.inject({ url, headers: editor })).statusCode).toBe(404);
        expect((await ctx.app.inject({ method: 'DELETE', url, headers: editor })).statusCode).toBe(
          404,
        );
      });
    });
  },
  { routes },
);
