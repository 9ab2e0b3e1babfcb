import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from '../config';
import { assertReachableByPostgresUser, firstBlockedFolder } from './embedded-postgres';

/**
 * Started by root, the embedded PostgreSQL runs as the user "postgres"; a folder on the way to its
 * binaries, data or temp files that this user may not pass makes the start fail. It must fail at
 * once, in one line that says what to do, before embedded-postgres creates anything. Real folders
 * with real modes, made under the temp folder and removed afterwards.
 */

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'gmis-reach-'));
});
afterEach(() => {
  fs.chmodSync(root, 0o755);
  fs.rmSync(root, { recursive: true, force: true });
});

const me = { uid: process.getuid!(), gid: process.getgid!() };
const stranger = null;

describe('firstBlockedFolder', () => {
  it('finds the first folder without a search bit for the class the user falls in', () => {
    const inner = path.join(root, 'checkout', 'node_modules');
    fs.mkdirSync(inner, { recursive: true });
    fs.chmodSync(root, 0o700);
    expect(firstBlockedFolder(inner, stranger)).toEqual({ folder: root, mode: 0o700, ownerUid: me.uid });
    // The owner passes through 0700; a group member passes 0710, anyone else only o+x.
    expect(firstBlockedFolder(inner, me)).toBeNull();
    fs.chmodSync(root, 0o710);
    expect(firstBlockedFolder(inner, { uid: me.uid + 12345, gid: me.gid })).toBeNull();
    expect(firstBlockedFolder(inner, stranger)).toMatchObject({ folder: root, mode: 0o710 });
    fs.chmodSync(root, 0o711);
    expect(firstBlockedFolder(inner, stranger)).toBeNull();
  });

  it('judges the folders that exist on the way to one not made yet', () => {
    fs.chmodSync(root, 0o700);
    expect(firstBlockedFolder(path.join(root, 'not', 'yet'), stranger)).toMatchObject({ folder: root });
    fs.chmodSync(root, 0o755);
    expect(firstBlockedFolder(path.join(root, 'not', 'yet'), stranger)).toBeNull();
  });
});

describe('assertReachableByPostgresUser (npm start as root)', () => {
  const reachableBinaries = { initdb: path.join(os.tmpdir(), 'bin', 'initdb') };

  it('refuses a data folder under a 0700 folder in one line that names it and says what to do', async () => {
    fs.chmodSync(root, 0o700);
    const attempt = assertReachableByPostgresUser(path.join(root, 'postgres'), reachableBinaries);
    await expect(attempt).rejects.toThrow(ConfigError);
    const message = await attempt.catch((error: Error) => error.message);
    expect(message).not.toContain('\n');
    expect(message).toContain(`cannot reach the data folder ${path.join(root, 'postgres')}: ${root} is mode 0700`);
    expect(message).toContain('Set GMIS_DATA_DIR to a folder it can reach');
    expect(message).toContain(`chmod o+x ${root}`);
  });

  it('refuses binaries in a checkout under a 0700 home, pointing to an ordinary user or DATABASE_URL', async () => {
    fs.mkdirSync(path.join(root, 'checkout', 'node_modules', 'bin'), { recursive: true });
    fs.chmodSync(root, 0o700);
    const message = await assertReachableByPostgresUser(path.join(os.tmpdir(), 'gmis-reach-data'), {
      initdb: path.join(root, 'checkout', 'node_modules', 'bin', 'initdb'),
    }).catch((error: Error) => error.message);
    expect(message).toMatch(
      /^started as root, the embedded PostgreSQL runs as the user "postgres", which cannot reach the PostgreSQL binaries in node_modules: /,
    );
    expect(message).toContain('Run npm start as an ordinary user, or set DATABASE_URL to a PostgreSQL server');
  });

  it('lets a start through when every folder is passable', async () => {
    fs.chmodSync(root, 0o711);
    await expect(assertReachableByPostgresUser(path.join(root, 'postgres'), reachableBinaries)).resolves.toBeUndefined();
  });
});
