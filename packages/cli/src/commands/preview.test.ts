import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOOSE_POSTMORTEM } from '../test-support/documents.js';
import { fakeIo, tempDir } from '../test-support/fake-io.js';
import { runPreview, runStart } from './preview.js';

/** Runs a preview, fetches `paths` once it listens, then stops it. */
async function previewAndFetch(
  run: (deps: {
    onListening: (url: string) => void;
    untilStopped: () => Promise<string>;
  }) => Promise<unknown>,
  paths: string[],
): Promise<string[]> {
  let stop: (reason: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (stop = resolve));
  const bodies: string[] = [];
  let failure: unknown;
  await run({
    untilStopped: () => stopped,
    onListening: (url) => {
      void (async () => {
        try {
          for (const path of paths) bodies.push(await (await fetch(new URL(path, url))).text());
        } catch (error) {
          failure = error;
        } finally {
          stop('test over');
        }
      })();
    },
  });
  if (failure) throw failure;
  return bodies;
}

describe('runPreview and runStart', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => ({ dir, cleanup } = await tempDir()));
  afterEach(() => cleanup());

  it('start serves the bundled examples and stops cleanly', async () => {
    const io = fakeIo({ cwd: dir });
    const [index] = await previewAndFetch((deps) => runStart({ port: '0' }, io, deps), ['/']);
    expect(index).toContain('Checkout payments timed out after a connection pool change');
    expect(index).toContain('Incident report: search returned no results overnight');
    expect(index).toContain('Postmortem: image uploads failed when the media disk filled up');
    expect(io.out()).toMatch(
      /^Previewing 3 postmortems from .*examples\n {2}http:\/\/127\.0\.0\.1:\d+\/\n/,
    );
    expect(io.out()).toContain('Stopped the preview (test over).');
  });

  it('preview serves the folder it is given, on the port from PORT', async () => {
    await writeFile(join(dir, 'a.md'), LOOSE_POSTMORTEM);
    const io = fakeIo({ cwd: dir, env: { PORT: '0' } });
    const [page] = await previewAndFetch((deps) => runPreview({ dir: '.' }, io, deps), ['/p/a']);
    expect(page).toContain('<title>Payment page errors</title>');
    expect(io.out()).toContain('Previewing 1 postmortem from .');
  });

  it('names a bad PORT, a bad --port and a missing folder', async () => {
    await expect(runPreview({}, fakeIo({ cwd: dir, env: { PORT: 'eighty' } }))).rejects.toThrow(
      'PORT "eighty" is not a port number',
    );
    await expect(runPreview({ port: '99999' }, fakeIo({ cwd: dir }))).rejects.toThrow(
      '--port "99999" is not a port number',
    );
    await expect(runPreview({ dir: 'nowhere' }, fakeIo({ cwd: dir }))).rejects.toThrow(
      'nowhere: no such folder.',
    );
  });
});
