import { expect, it } from 'vitest';
import { countRows } from '../../storage/test-support/for-each-dialect.js';
import { createPostmortem } from '../test-support/create-postmortem.js';
import { forEachApp } from '../test-support/for-each-app.js';
import { asViewer } from '../test-support/test-viewer.js';
import { registerPostmortemRoutes } from './postmortem-routes.js';
import { registerTimelineRoutes } from './timeline-routes.js';

const editor = asViewer('editor', 'ada');

forEachApp(
  'timeline routes',
  (ctx) => {
    it('adds, changes, moves and removes entries, each as a new revision', async () => {
      const pm = await createPostmortem(ctx.app, { title: 'Timeline edits' });
      const url = `/api/postmortems/${pm.id}/timeline`;
      const read = (await ctx.app.inject({ url, headers: editor })).json();
      expect(read.revision).toBe(1);
      expect(read.items).toHaveLength(5);

      const added = await ctx.app.inject({
        method: 'POST',
        url,
        headers: editor,
        payload: {
          baseRevision: 1,
          entry: { time: '14:20', kind: 'communication', text: 'Status page updated.' },
          position: 3,
        },
      });
      expect(added.statusCode).toBe(201);
      expect(added.json().revision).toBe(2);
      expect(added.json().items[3]).toMatchObject({ time: '14:20', kind: 'communication' });
      expect(added.json().items[3].clock).toBe('14:20');

      const changed = await ctx.app.inject({
        method: 'PUT',
        url: `${url}/3`,
        headers: editor,
        payload: {
          baseRevision: 2,
          entry: { time: '14:21', kind: 'communication', text: 'Status page updated again.' },
        },
      });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().items[3].text).toBe('Status page updated again.');

      const moved = await ctx.app.inject({
        method: 'POST',
        url: `${url}/3/move`,
        headers: editor,
        payload: { baseRevision: 3, to: 5 },
      });
      expect(moved.statusCode).toBe(200);
      expect(moved.json().items[5].time).toBe('14:21');

      const removed = await ctx.app.inject({
        method: 'DELETE',
        url: `${url}/5?baseRevision=4`,
        headers: editor,
      });
      expect(removed.statusCode).toBe(200);
      expect(removed.json()).toMatchObject({ revision: 5 });
      expect(removed.json().items).toHaveLength(5);

      const stale = await ctx.app.inject({
        method: 'DELETE',
        url: `${url}/0?baseRevision=4`,
        headers: editor,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.current.revision).toBe(5);
      const doc = (
        await ctx.app.inject({ url: `/api/postmortems/${pm.id}`, headers: editor })
      ).json();
      expect(doc.model.timeline).toEqual(removed.json().items);
    });

    it('refuses bad entries and positions, changing nothing', async () => {
      const pm = await createPostmortem(ctx.app, { title: 'Timeline refusals' });
      const url = `/api/postmortems/${pm.id}/timeline`;
      const before = await countRows(ctx.handle);
      const cases: [string, string, object, number, string][] = [
        [
          'POST',
          url,
          { baseRevision: 1, entry: { time: '1', kind: 'nope', text: '' } },
          400,
          'body.entry.kind',
        ],
        [
          'POST',
          url,
          { baseRevision: 1, entry: { time: '1', kind: 'other', text: 'x', at: 'now' } },
          400,
          'body.entry.at',
        ],
        [
          'POST',
          url,
          { baseRevision: 1, entry: { time: '1', kind: 'other', text: 'x' }, position: 99 },
          400,
          'body.position',
        ],
        ['POST', url, { entry: { time: '1', kind: 'other', text: 'x' } }, 400, 'body.baseRevision'],
        [
          'PUT',
          `${url}/99`,
          { baseRevision: 1, entry: { time: '1', kind: 'other', text: 'x' } },
          404,
          '',
        ],
        ['POST', `${url}/0/move`, { baseRevision: 1, to: 50 }, 400, 'body.to'],
        ['POST', `${url}/-1/move`, { baseRevision: 1, to: 0 }, 400, 'params.position'],
      ];
      for (const [method, target, payload, status, path] of cases) {
        const res = await ctx.app.inject({
          method: method as 'POST',
          url: target,
          headers: editor,
          payload,
        });
        expect(res.statusCode, `${method} ${target} ${JSON.stringify(payload)}`).toBe(status);
        if (path !== '')
          expect(res.json().error.issues.map((i: { path: string }) => i.path)).toContain(path);
      }
      const viewer = await ctx.app.inject({
        method: 'POST',
        url,
        headers: asViewer('viewer', 'vic'),
        payload: { baseRevision: 1, entry: { time: '1', kind: 'other', text: 'x' } },
      });
      expect(viewer.statusCode).toBe(403);
      expect(await countRows(ctx.handle)).toEqual(before);
    });
  },
  { routes: [registerPostmortemRoutes, registerTimelineRoutes] },
);
