import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/config.js';
import { createLogger } from '../../lib/logger.js';
import { decryptPersonalData, encryptPersonalData } from './data-cipher.js';
import { loadKeyring } from './load-keyring.js';

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ destination: new Writable({ write: (chunk, _e, cb) => (lines.push(String(chunk)), cb()) }) });
  return { lines, logger };
}

describe('loadKeyring', () => {
  it('generates development keys into the data directory on first run, says so, and reuses them', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'humas-keys-'));
    try {
      const config = loadConfig({ HUMAS_DATA_DIR: dir });
      const first = capture();
      const ring = loadKeyring(config, first.logger);
      expect(first.lines.join('')).toContain('generated development data-protection keys');
      const file = path.join(dir, 'dev-keys.json');
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      // The log names the file, never the key material.
      const { lookupKey } = JSON.parse(fs.readFileSync(file, 'utf8')) as { lookupKey: string };
      expect(first.lines.join('')).not.toContain(lookupKey);
      const second = capture();
      const again = loadKeyring(config, second.logger);
      expect(second.lines).toEqual([]);
      expect(decryptPersonalData(again, encryptPersonalData(ring, 'sama', 'a.b'), 'a.b')).toBe('sama');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('uses keys from the environment when they are set', () => {
    const key = Buffer.alloc(32, 3).toString('base64');
    const ring = loadKeyring(loadConfig({ HUMAS_DATA_KEYS: `env1:${key}`, HUMAS_LOOKUP_KEY: key, HUMAS_DATA_DIR: '/nonexistent' }), capture().logger);
    expect(ring.active.id).toBe('env1');
  });
});
