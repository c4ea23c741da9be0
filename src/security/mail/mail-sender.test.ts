import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/db.js';
import { createTestKeyring } from '../../../test/helpers/test-keys.js';
import { createMailSender } from './mail-sender.js';

let server: SMTPServer;
let port: number;
const received: { from: string; to: string[]; data: string }[] = [];

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => (data += chunk.toString('utf8')));
      stream.on('end', () => {
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('SMTP mail transport', () => {
  it('delivers a message to a real SMTP server with the configured sender', async () => {
    const sender = createMailSender({ transport: 'smtp', smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Humas Jabar <humas@jabarprov.go.id>' }, {} as Db, createTestKeyring());
    await sender.send({ to: 'pegawai@jabarprov.go.id', subject: 'Undangan ke Konsol Humas', text: 'Buka tautan ini: https://humas.example/console/invitation?token=abc' });
    expect(received).toHaveLength(1);
    expect(received[0]!.from).toBe('humas@jabarprov.go.id');
    expect(received[0]!.to).toEqual(['pegawai@jabarprov.go.id']);
    expect(received[0]!.data).toContain('Subject: Undangan ke Konsol Humas');
  });
});
