/** Runs the real `humas` command in a child process, for tests of CLI behaviour and crash safety. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The script a child `humas` runs: the run's precompiled tree (cli-build.ts, the same sources
 * without tsx compiling them at every start), or bin/humas.js when the setup did not build it.
 */
export function humasScript(): string {
  return inject('cliEntry') || path.join(REPO_ROOT, 'bin', 'humas.js');
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export function spawnCli(args: string[], env: Record<string, string | undefined>, input?: string): ChildProcess & { output: Promise<CliResult> } {
  // A child that runs against PostgreSQL still has a data directory (development keys are made
  // there): never the checkout's ./data, which is the developer's own.
  const ownDataDir = env.HUMAS_DATA_DIR === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'humas-cli-data-')) : undefined;
  const child = spawn(process.execPath, [humasScript(), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'info', ...(ownDataDir ? { HUMAS_DATA_DIR: ownDataDir } : {}), ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  if (input !== undefined) child.stdin!.end(input);
  else child.stdin!.end();
  const output = new Promise<CliResult>((resolve) => {
    child.on('close', (code, signal) => {
      if (ownDataDir) fs.rmSync(ownDataDir, { recursive: true, force: true });
      resolve({ code, signal, stdout, stderr });
    });
  });
  return Object.assign(child, { output });
}

export function runCli(args: string[], env: Record<string, string | undefined>, input?: string): Promise<CliResult> {
  return spawnCli(args, env, input).output;
}

/** Resolves when `predicate` holds for the child's combined output so far. */
export function waitForOutput(child: ChildProcess, predicate: (text: string) => boolean, timeoutMs = 60_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for output; got: ${seen.slice(-500)}`)), timeoutMs);
    const onData = (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (predicate(seen)) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
}
