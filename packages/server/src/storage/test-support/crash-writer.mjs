// A separate process that writes postmortems as fast as it can and prints one line per write
// once it has been acknowledged (the store's promise resolved, so the transaction committed).
// store-crash.test.ts kills it with SIGKILL mid-burst and checks every acknowledged write.
// Plain JavaScript over the built package: a child process cannot load TypeScript sources.
import { createDatabase, PostmortemStore } from '../../../dist/index.js';

const config = JSON.parse(process.env['HINDSIGHT_CRASH_DB'] ?? '{}');
const store = new PostmortemStore(createDatabase(config));
for (let i = 0; ; i++) {
  const created = await store.create({ title: `Crash burst ${i}` }, { actor: 'crash' });
  // Pipes are written synchronously on Linux: the line is out before the next write starts.
  process.stdout.write(`ack ${created.id} 1\n`);
  const updated = await store.update(
    created.id,
    { ...created.model, severity: 'high' },
    { actor: 'crash', baseRevision: 1 },
  );
  process.stdout.write(`ack ${updated.id} ${updated.revision}\n`);
}
