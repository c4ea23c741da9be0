#!/usr/bin/env node
// The `humas` command. Sources are TypeScript run through tsx, so a checkout runs
// exactly what it contains without a separate build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
