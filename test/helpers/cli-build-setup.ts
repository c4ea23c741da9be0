/** Once per test run: the precompiled `humas` command the tests' child processes run (cli-build.ts). */
import type { TestProject } from 'vitest/node';
import { buildCli } from './cli-build.js';

declare module 'vitest' {
  export interface ProvidedContext {
    cliEntry: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('cliEntry', await buildCli());
}
