/** Test helper: reads a connector fixture as a JSON document (big integer ids kept exact). */
import fs from 'node:fs';
import path from 'node:path';
import { parseJsonKeepingBigIds } from './parse-json-keeping-big-ids.js';

export function readJsonFixture(moduleUrl: string, name: string): unknown {
  return parseJsonKeepingBigIds(fs.readFileSync(path.join(path.dirname(new URL(moduleUrl).pathname), 'fixtures', name), 'utf8'));
}
