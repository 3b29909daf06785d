#!/usr/bin/env node
// How much JavaScript the first page ships, gzipped: the entry chunk and everything it
// imports statically, plus the page chunk the router loads for a signed-in reader (the
// library) and for a visitor (sign-in). Reads packages/web/dist, so build it first.
// Usage: node packages/web/scripts/measure-first-page.mjs [--json] [--max-kb 200]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const args = process.argv.slice(2);
const json = args.includes('--json');
const maxIndex = args.indexOf('--max-kb');
const maxKb = maxIndex === -1 ? 200 : Number(args[maxIndex + 1]);

let manifest;
try {
  manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
} catch {
  console.error('measure-first-page: no dist/.vite/manifest.json; run `npm run build` first');
  process.exit(2);
}

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
const pages = {
  library: 'src/pages/library-page.tsx',
  'sign-in': 'src/pages/sign-in-page.tsx',
  postmortem: 'src/pages/postmortem-page.tsx',
};

/** A chunk and every chunk it imports statically, as file names. */
function closure(key, seen = new Set()) {
  const chunk = manifest[key];
  if (!chunk || seen.has(chunk.file)) return seen;
  seen.add(chunk.file);
  for (const dep of chunk.imports ?? []) closure(dep, seen);
  return seen;
}

function gzipBytes(files) {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const body = readFileSync(new URL(file, dist));
    raw += body.length;
    gz += gzipSync(body, { level: 9 }).length;
  }
  return { files: files.length, rawBytes: raw, gzipBytes: gz };
}

const results = {};
for (const [name, key] of Object.entries(pages)) {
  const files = closure(key, closure(entryKey));
  results[name] = gzipBytes([...files].filter((f) => f.endsWith('.js')));
}
const worstFirst = Math.max(results.library.gzipBytes, results['sign-in'].gzipBytes);
const ok = worstFirst <= maxKb * 1024;

if (json) {
  console.log(JSON.stringify({ maxKb, ok, pages: results }, null, 2));
} else {
  for (const [name, r] of Object.entries(results)) {
    const kb = (n) => (n / 1024).toFixed(1);
    console.log(
      `${name.padEnd(11)} ${kb(r.gzipBytes).padStart(7)} KB gzipped  (${kb(r.rawBytes)} KB raw, ${r.files} files)`,
    );
  }
  console.log(
    `first page (library or sign-in): ${(worstFirst / 1024).toFixed(1)} KB of ${maxKb} KB allowed: ${ok ? 'ok' : 'TOO BIG'}`,
  );
}
process.exit(ok ? 0 : 1);
