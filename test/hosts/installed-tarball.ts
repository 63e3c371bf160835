/**
 * The package as an adopter installs it, for the host tests: `npm run build`, `npm pack` into a temporary project
 * inside node_modules/.cache (so the hosts' bundlers and plugins resolve to this repository's devDependencies), and
 * `npm install` of that tarball there, never a path link.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** This repository's root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** A file in this repository's node_modules. */
export const bin = (path: string) => join(root, 'node_modules', path);

export type Timed = <T>(what: string, body: () => Promise<T>) => Promise<T>;

/**
 * Builds, packs and installs the package into a new project folder named after `name`, with `extra` packages
 * (name@range) installed beside it in the same `npm install`. Returns the project's folder.
 */
export async function installTarball(name: string, timed: Timed, extra: string[] = []): Promise<string> {
  mkdirSync(join(root, 'node_modules/.cache'), { recursive: true });
  const project = mkdtempSync(join(root, `node_modules/.cache/${name}-`));
  await timed('npm run build', () => run('npm', ['run', 'build', '--silent'], { cwd: root, maxBuffer: 64 * 1024 * 1024 }));
  const packed = await timed('npm pack', () => run('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', project], { cwd: root }));
  const tarball = join(project, packed.stdout.trim().split('\n').at(-1)!);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  await timed('npm install <tarball>', () =>
    run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...extra], { cwd: project }),
  );
  return project;
}

/** A `timed` that records each step's duration in `timings`. */
export function timer(timings: string[]): Timed {
  return async (what, body) => {
    const start = performance.now();
    try {
      return await body();
    } finally {
      timings.push(`${what} ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }
  };
}
