import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export interface ServiceProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Starts the built service (dist/) as its own process against `databaseUrl`, so the load
 * generator and the server do not share an event loop.
 */
export function startServiceProcess(databaseUrl: string, env: Record<string, string> = {}): Promise<ServiceProcess> {
  const mainJs = path.resolve(__dirname, '../server/src/main.js');
  // BENCH_PROFILE_DIR=dir: the service writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...profile, mainJs], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: '0', LOG_LEVEL: 'info', ...env, NODE_ENV: 'production' },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk) => {
      buffered += String(chunk);
      const match = buffered.match(/"url":"(http:\/\/[^"]+?)\/?"/);
      if (match) {
        // Request logs keep coming: drain them without keeping them.
        child.stdout!.removeAllListeners('data');
        child.stdout!.resume();
        resolve({
          url: match[1],
          pid: child.pid!,
          stop: () =>
            new Promise<void>((done) => {
              child.once('exit', () => done());
              process.kill(child.pid!, 'SIGTERM');
            }),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`service exited with ${code}`)));
  });
}
