#!/usr/bin/env node
// Runs one TypeScript entry file (benchmarks, training scripts) through tsx.
import { register } from 'tsx/esm/api';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const entry = process.argv[2];
if (!entry) {
  process.stderr.write('usage: run-ts.js <file.ts> [args…]\n');
  process.exit(2);
}
process.argv.splice(1, 2, path.resolve(entry));
register();
await import(pathToFileURL(path.resolve(entry)).href);
