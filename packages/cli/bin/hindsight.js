#!/usr/bin/env node
// The installed entry point: everything, including the exit code, is decided by main().
import { main } from '../dist/main.js';
import { processIo } from '../dist/io.js';

// `hindsight parse x.md | head` closes the pipe early; that is not an error worth a trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await main(process.argv.slice(2), processIo());
