import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { NotificationSettings } from '../../src/api/types.ts';
import { defaultSettings } from '../../demo/backend/default-settings.ts';
import { MemorySettingsStore } from '../../demo/backend/memory-settings-store.ts';
import { FileSettingsStore } from '../../demo/backend/settings-store.ts';

const REPOSITORY = fileURLToPath(new URL('../..', import.meta.url));

function temporaryFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'billing-settings-')), 'nested', 'settings.json');
}

function settingsWith(websiteUrl: string): NotificationSettings {
  return { ...defaultSettings('https://cdn.example/logo.png'), websiteUrl };
}

/** Starts `serve.ts` on a free port; resolves with its base URL and the process. */
function startServer(dataFile: string): Promise<{ baseUrl: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'demo/backend/serve.ts'], {
    cwd: REPOSITORY,
    env: { ...process.env, PORT: '0', DATA_FILE: dataFile, TEST_HOOKS: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (\S+)/.exec(output);
      if (match) resolve({ baseUrl: match[1]!, child });
    });
    child.once('exit', (code) => reject(new Error(`serve.ts exited with ${code} before listening`)));
  });
}

function stopServer(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

describe('FileSettingsStore', () => {
  test('a tenant that never saved reads as null', async () => {
    assert.equal(await new FileSettingsStore(temporaryFile()).read('nobody'), null);
  });

  test('settings written by one store are read by a new store on the same file', async () => {
    const path = temporaryFile();
    const written = await new FileSettingsStore(path).write('tenant-a', settingsWith('https://a.example'), 0);
    assert.deepEqual(written, { ok: true, version: 1 });
    const reread = await new FileSettingsStore(path).read('tenant-a');
    assert.deepEqual(reread, { settings: settingsWith('https://a.example'), version: 1 });
  });

  test('a write at an old version is refused as stale', async () => {
    const store = new FileSettingsStore(temporaryFile());
    await store.write('tenant', settingsWith('https://one.example'), 0);
    assert.deepEqual(await store.write('tenant', settingsWith('https://two.example'), 0), { ok: false, stale: true, currentVersion: 1 });
    assert.equal((await store.read('tenant'))?.settings.websiteUrl, 'https://one.example');
  });

  test('of concurrent writes at the same version exactly one wins', async () => {
    const store = new FileSettingsStore(temporaryFile());
    const results = await Promise.all(Array.from({ length: 8 }, (_, index) => store.write('tenant', settingsWith(`https://${index}.example`), 0)));
    assert.equal(results.filter((result) => result.ok).length, 1);
    assert.equal((await store.read('tenant'))?.version, 1);
  });

  test('concurrent writes for different tenants are all kept', async () => {
    const path = temporaryFile();
    const store = new FileSettingsStore(path);
    await Promise.all(Array.from({ length: 10 }, (_, index) => store.write(`tenant-${index}`, settingsWith(`https://${index}.example`), 0)));
    const reread = new FileSettingsStore(path);
    for (let index = 0; index < 10; index++) assert.equal((await reread.read(`tenant-${index}`))?.settings.websiteUrl, `https://${index}.example`);
  });

  test('the file is replaced atomically: a reader never sees a half-written file, and no temporary file is left', async () => {
    const path = temporaryFile();
    const store = new FileSettingsStore(path);
    await store.write('tenant', settingsWith('https://start.example'), 0);
    const long = `https://example.com/${'x'.repeat(2000)}`;
    let writing = true;
    const writes = (async () => {
      for (let version = 1; version <= 40; version++) await store.write(`tenant-${version % 5}`, settingsWith(`${long}?v=${version}`), Math.floor((version - 1) / 5));
      writing = false;
    })();
    let reads = 0;
    while (writing) {
      JSON.parse(readFileSync(path, 'utf8'));
      reads++;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await writes;
    assert.ok(reads > 0);
    assert.deepEqual(readdirSync(join(path, '..')), ['settings.json']);
  });

  test('a tenant called __proto__ is an ordinary tenant', async () => {
    const path = temporaryFile();
    await new FileSettingsStore(path).write('__proto__', settingsWith('https://proto.example'), 0);
    assert.equal((await new FileSettingsStore(path).read('__proto__'))?.settings.websiteUrl, 'https://proto.example');
    assert.equal(await new FileSettingsStore(path).read('constructor'), null);
  });
});

describe('MemorySettingsStore', () => {
  test('returns copies, so callers cannot change what is stored', async () => {
    const store = new MemorySettingsStore();
    const settings = settingsWith('https://a.example');
    await store.write('tenant', settings, 0);
    settings.websiteUrl = 'https://mutated.example';
    const read = await store.read('tenant');
    read!.settings.websiteUrl = 'https://mutated-too.example';
    assert.equal((await store.read('tenant'))?.settings.websiteUrl, 'https://a.example');
  });
});

describe('serve.ts', () => {
  test('settings saved over HTTP survive restarting the server', async () => {
    const dataFile = temporaryFile();
    const headers = { 'Content-Type': 'application/json', 'X-Billing-Tenant': 'restart-test' };
    const first = await startServer(dataFile);
    try {
      const read = await fetch(`${first.baseUrl}/settings/notifications`, { headers });
      const settings = (await read.json()) as NotificationSettings;
      const saved = await fetch(`${first.baseUrl}/settings/notifications`, {
        method: 'PUT',
        headers: { ...headers, 'If-Match': read.headers.get('ETag')! },
        body: JSON.stringify({ ...settings, controlPanelUrl: 'https://panel.restarted.example' }),
      });
      assert.equal(saved.status, 200);
    } finally {
      await stopServer(first.child);
    }
    const second = await startServer(dataFile);
    try {
      const reread = await fetch(`${second.baseUrl}/settings/notifications`, { headers });
      assert.equal(reread.headers.get('ETag'), '"1"');
      assert.equal(((await reread.json()) as NotificationSettings).controlPanelUrl, 'https://panel.restarted.example');
    } finally {
      await stopServer(second.child);
    }
  });
});
