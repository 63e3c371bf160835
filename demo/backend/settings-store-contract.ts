/**
 * What the reference backend needs from wherever notification settings are kept. Two implementations: the
 * file-backed `FileSettingsStore` (Node; survives restarts) and `MemorySettingsStore` (browser-safe; Storybook).
 * Versions are per tenant and start at 0 for a tenant that never saved; the backend turns them into ETags.
 */
import type { NotificationSettings } from '../../src/api/types.js';

export interface StoredSettings {
  settings: NotificationSettings;
  /** Increases by one on every successful write. */
  version: number;
}

export type WriteResult =
  | { ok: true; version: number }
  /** Someone wrote since `expectedVersion` was read; `currentVersion` is what is stored now. */
  | { ok: false; stale: true; currentVersion: number };

export interface SettingsStore {
  /** The tenant's saved settings, or null when the tenant never saved (the backend then serves defaults at version 0). */
  read(tenant: string): Promise<StoredSettings | null>;
  /** Saves only if the tenant's stored version is still `expectedVersion` (0 for never saved). */
  write(tenant: string, settings: NotificationSettings, expectedVersion: number): Promise<WriteResult>;
}
