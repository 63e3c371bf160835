/**
 * Settings kept in one JSON file, per tenant, so they survive a restart of the dev server or test runner (Node only).
 *
 * Every write goes to a temporary file in the same directory that is then renamed over the real one: rename is atomic
 * on one file system, so a crash mid-write leaves the old file or the new one, never half of either. Writes are queued
 * one after another within this process, so two saves cannot interleave their read-modify-write. The file is read
 * again on every call (it is small), so a fresh store over the same file — a restarted server — sees every save.
 *
 * File shape: `{ "tenants": { "<tenant>": { "version": 3, "settings": { … } } } }`.
 */
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { NotificationSettings } from '../../src/api/types.js';
import type { SettingsStore, StoredSettings, WriteResult } from './settings-store-contract.js';

interface SettingsFile {
  tenants: Record<string, StoredSettings>;
}

let temporaryCounter = 0;

export class FileSettingsStore implements SettingsStore {
  private queue: Promise<unknown> = Promise.resolve();

  /** @param path The JSON file; it and its directory are created on the first write. */
  constructor(readonly path: string) {}

  async read(tenant: string): Promise<StoredSettings | null> {
    const tenants = await this.load();
    return tenants.get(tenant) ?? null;
  }

  write(tenant: string, settings: NotificationSettings, expectedVersion: number): Promise<WriteResult> {
    const result = this.queue.then(async (): Promise<WriteResult> => {
      const tenants = await this.load();
      const currentVersion = tenants.get(tenant)?.version ?? 0;
      if (currentVersion !== expectedVersion) return { ok: false, stale: true, currentVersion };
      const version = currentVersion + 1;
      tenants.set(tenant, { settings, version });
      await this.save(tenants);
      return { ok: true, version };
    });
    // A failed write must not block the ones queued after it.
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async load(): Promise<Map<string, StoredSettings>> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    const parsed = JSON.parse(text) as Partial<SettingsFile>;
    // Object.entries/fromEntries treat a tenant named `__proto__` as a plain key.
    return new Map(Object.entries(parsed.tenants ?? {}));
  }

  private async save(tenants: Map<string, StoredSettings>): Promise<void> {
    const directory = dirname(this.path);
    await mkdir(directory, { recursive: true });
    const temporary = join(directory, `.${basename(this.path)}.${process.pid}.${++temporaryCounter}.tmp`);
    const file: SettingsFile = { tenants: Object.fromEntries(tenants) };
    try {
      await writeFile(temporary, `${JSON.stringify(file, null, 2)}\n`, 'utf8');
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }
}
