import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm test` checks what the browser tests need before it type-checks or builds anything
 * (package.json pretest → e2e/system-packages.sh): with Chromium and a CJK font present it goes
 * on; without them, and not allowed to install, it stops at once with the one command to run.
 */
const script = path.resolve(__dirname, 'system-packages.sh');

function run(env: Record<string, string>) {
  const result = spawnSync('bash', [script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe('npm test’s system package check', () => {
  it('runs first in pretest, and .ci/run makes the same check', () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.pretest.startsWith('bash e2e/system-packages.sh && ')).toBe(true);
    expect(fs.readFileSync(path.resolve(__dirname, '../.ci/run'), 'utf8')).toContain('bash e2e/system-packages.sh');
  });

  it('goes on when the browser tests have what they need', () => {
    const result = run({ GMIS_NO_APT: '1' });
    expect(result).toMatchObject({ status: 0, stderr: '', stdout: '' });
  });

  // Before type-checking or building (pretest runs it first), so in the run's first second.
  it('stops with the one command to run when Chromium is missing and it may not install', () => {
    const missing = path.join(os.tmpdir(), `gmis-no-chromium-${process.pid}`, 'chromium');
    const result = run({ GMIS_NO_APT: '1', GMIS_CHROMIUM: missing });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      'npm test: the browser and deployment tests need chromium; install with: sudo apt-get install -y chromium fonts-noto-cjk haproxy (or set GMIS_CHROMIUM to a Chromium binary)',
    ]);
  });
});
