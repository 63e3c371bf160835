/**
 * Settings kept in memory, per tenant. Browser-safe (no Node imports), for Storybook and throwaway backends.
 * Stored and returned values are copies, so a caller mutating what it got cannot change what is stored.
 */
import type { NotificationSettings } from '../../src/api/types.js';
import type { SettingsStore, StoredSettings, WriteResult } from './settings-store-contract.js';

export class MemorySettingsStore implements SettingsStore {
  private readonly tenants = new Map<string, StoredSettings>();

  async read(tenant: string): Promise<StoredSettings | null> {
    const stored = this.tenants.get(tenant);
    return stored ? structuredClone(stored) : null;
  }

  async write(tenant: string, settings: NotificationSettings, expectedVersion: number): Promise<WriteResult> {
    const currentVersion = this.tenants.get(tenant)?.version ?? 0;
    if (currentVersion !== expectedVersion) return { ok: false, stale: true, currentVersion };
    const version = currentVersion + 1;
    this.tenants.set(tenant, { settings: structuredClone(settings), version });
    return { ok: true, version };
  }
}
