import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface LoopbackSmtp {
  host: string;
  port: number;
  /** Raw RFC 5322 messages received, in order. */
  readonly messages: Buffer[];
  /** Resolves with the first message (already received or still to come) that `matches`. */
  waitForMessage(matches: (raw: string) => boolean, timeoutMs?: number): Promise<string>;
  /** While true, every message is refused (to simulate an SMTP outage). */
  refuse: boolean;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives: the demo mode of `npm start`
 * (mails saved as .eml files in saveDir) and the tests (which read `messages`).
 */
export async function startLoopbackSmtp(
  options: { port?: number; saveDir?: string; onSaved?: (file: string) => void } = {},
): Promise<LoopbackSmtp> {
  const messages: Buffer[] = [];
  const waiters: { matches: (raw: string) => boolean; resolve: (raw: string) => void }[] = [];
  const state = { refuse: false };
  if (options.saveDir) fs.mkdirSync(options.saveDir, { recursive: true, mode: 0o700 });

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    banner: 'gmis-graphql loopback mail catcher',
    size: 1024 * 1024,
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (state.refuse) {
          callback(Object.assign(new Error('temporarily unavailable'), { responseCode: 451 }));
          return;
        }
        const raw = Buffer.concat(chunks);
        messages.push(raw);
        if (options.saveDir) {
          const file = path.join(options.saveDir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${messages.length}.eml`);
          fs.writeFileSync(file, raw, { mode: 0o600 });
          options.onSaved?.(file);
        }
        const text = raw.toString('utf8');
        for (const waiter of waiters.filter((w) => w.matches(text))) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(text);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server as unknown as { server: { address(): AddressInfo } }).server.address().port;

  return {
    host: '127.0.0.1',
    port,
    messages,
    get refuse() {
      return state.refuse;
    },
    set refuse(value: boolean) {
      state.refuse = value;
    },
    waitForMessage(matches, timeoutMs = 10_000) {
      const found = messages.map((m) => m.toString('utf8')).find(matches);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = {
          matches,
          resolve: (raw: string) => {
            clearTimeout(timer);
            resolve(raw);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          reject(new Error('no matching mail arrived'));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
