/** Once per test run: the precompiled `humas` command the tests' child processes run (cli-build.ts). */
import type { TestProject } from 'vitest/node';
import { buildCli } from './cli-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cliEntry: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  // In watch mode sources change under a running session and this setup does not run again:
  // children then run bin/humas.js (tsx), which always reads the sources as they are.
  project.provide('cliEntry', project.globalConfig.watch ? '' : await buildCli());
}
