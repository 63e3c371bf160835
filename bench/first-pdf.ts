/**
 * The first PDF per script at 10 Mbit/s (issue #17): a fresh browser profile (nothing cached), the standalone build
 * from a plain static server that gzips JavaScript and TrueType as hosts do (the CJK companion's faces are gzip
 * already and are sent as they are), the line throttled through Chromium's network emulation (CDP
 * `Network.emulateNetworkConditions`, which the page's PDF worker shares). Timed from the `invoiceToPdf` call, the page
 * loaded and the invoice in hand, until the PDF is: the PDF code, the worker and the fonts all download in that time.
 * Font bytes are counted by the server, as sent.
 */
import { readFile } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { MemorySettingsStore } from '../demo/backend/memory-settings-store.ts';
import { toNodeListener } from '../demo/backend/node-listener.ts';
import { createReferenceBackend } from '../demo/backend/reference-backend.ts';
import { RestDataSource } from '../src/api/rest-data-source.ts';
import type { Invoice } from '../src/api/types.ts';
import { buildAndMeasure } from '../scripts/bundle-report.ts';

export interface FirstPdfRow {
  script: string;
  locale: string;
  fontFiles: string;
  fontBytes: number;
  otherBytes: number;
  firstPdfMs: number;
  pdfBytes: number;
  missing: string;
}

/** 10 Mbit/s down and up, 20 ms round trip. */
const LINE = { offline: false, latency: 20, downloadThroughput: 10_000_000 / 8, uploadThroughput: 10_000_000 / 8 };

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.ttf': 'font/ttf', '.gz': 'application/gzip', '.html': 'text/html' };

/** Each script's invoice: a seed customer's, or cus-small's with a customer's own name, address and lines. */
const CASES: Array<{ script: string; locale: string; customer?: string; name?: string; address?: string; lines?: string[] }> = [
  { script: 'Latin', locale: 'en-US', customer: 'cus-small' },
  { script: 'Greek', locale: 'el-GR', customer: 'cus-greek' },
  { script: 'Cyrillic', locale: 'bg-BG', customer: 'cus-cyrillic' },
  { script: 'Arabic', locale: 'ar-KW', customer: 'cus-kwd' },
  { script: 'Japanese', locale: 'ja-JP', name: '株式会社さくらテック', address: '東京都渋谷区神南1-2-3', lines: ['クラウドサーバー（4コア）月額', 'ドメイン登録とメール', '技術サポート・保守'] },
  { script: 'Chinese (Simplified)', locale: 'zh-CN', name: '上海顾客服务有限公司', address: '浦东新区世纪大道100号', lines: ['云服务器 (4核 8GB) 月费', '域名注册与邮件服务', '谢谢惠顾：技术支持'] },
  { script: 'Chinese (Traditional)', locale: 'zh-TW', name: '臺灣數位服務股份有限公司', address: '信義區松高路11號', lines: ['雲端主機（4核心）月費', '網域註冊與電子郵件', '統一發票 營業稅 5%'] },
  { script: 'Korean', locale: 'ko-KR', name: '주식회사 한빛클라우드', address: '서울특별시 강남구 테헤란로 123', lines: ['클라우드 서버 월 사용료', '도메인 등록 및 이메일 서비스', '기술 지원 (부가세 포함)'] },
];

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>first PDF</title>
<script type="module">
  import { invoiceToPdf, registerPdfFonts } from '/billing-elements.js';
  import { cjkFonts } from '/pdf-fonts-cjk/index.js';
  registerPdfFonts(cjkFonts);
  window.firstPdf = async (invoice, locale) => {
    const start = performance.now();
    const pdf = await invoiceToPdf(invoice, { locale });
    const milliseconds = performance.now() - start;
    const missing = pdf.warnings.flatMap((warning) => (warning.kind === 'characters-missing' ? warning.characters : []));
    return { milliseconds, bytes: pdf.blob.size, missing };
  };
</script></head><body></body></html>`;

interface Served {
  fonts: Map<string, number>;
  other: number;
}

async function serve(outDir: string, root: string, served: Served): Promise<Server> {
  const api = toNodeListener(createReferenceBackend({ store: new MemorySettingsStore() }));
  const companion = join(root, 'packages/pdf-fonts-cjk');
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path.startsWith('/api/')) return void api(request, response).catch(() => response.destroy());
    if (path === '/first-pdf.html') return void response.writeHead(200, { 'content-type': TYPES['.html']! }).end(PAGE);
    const [base, relative] = path.startsWith('/pdf-fonts-cjk/') ? [companion, path.slice('/pdf-fonts-cjk/'.length)] : [outDir, path];
    const file = normalize(join(base, relative));
    if (!file.startsWith(base)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) => {
        const extension = extname(file);
        const gzip = (extension === '.js' || extension === '.ttf') && /gzip/.test(String(request.headers['accept-encoding']));
        const sent = gzip ? gzipSync(body, { level: 6 }) : body;
        if (/\.ttf(\.gz)?$/.test(file)) served.fonts.set(file.split('/').pop()!, sent.byteLength);
        else served.other += sent.byteLength;
        response.writeHead(200, { 'content-type': TYPES[extension] ?? 'application/octet-stream', ...(gzip ? { 'content-encoding': 'gzip' } : {}) }).end(sent);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

async function invoiceFor(backend: RestDataSource, which: (typeof CASES)[number]): Promise<Invoice> {
  const page = await backend.listInvoices(which.customer ?? 'cus-small', { limit: 1, sort: 'issueDate', order: 'asc' });
  const invoice = await backend.getInvoice(which.customer ?? 'cus-small', page.items[0]!.id);
  const withoutLogo = { ...invoice, seller: { ...invoice.seller, logoUrl: null } };
  if (!which.name) return withoutLogo;
  return {
    ...withoutLogo,
    buyer: { ...invoice.buyer, name: which.name, address: { ...invoice.buyer.address, lines: [which.address!] } },
    lines: invoice.lines.map((line, index) => ({ ...line, description: which.lines![index % which.lines!.length]! })),
  };
}

/** Builds the standalone bundle, then makes each script's first PDF in a fresh profile on a throttled line. */
export async function measureFirstPdf(browser: Browser, root: string): Promise<FirstPdfRow[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'billing-elements-first-pdf-'));
  try {
    await buildAndMeasure(root.replace(/\/$/, ''), outDir);
    const served: Served = { fonts: new Map(), other: 0 };
    const server = await serve(outDir, root, served);
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const backend = new RestDataSource({ baseUrl: `${origin}/api` });
      const rows: FirstPdfRow[] = [];
      for (const which of CASES) {
        const invoice = await invoiceFor(backend, which);
        const context = await browser.createBrowserContext();
        try {
          const page = await context.newPage();
          await page.setCacheEnabled(false);
          await page.goto(`${origin}/first-pdf.html`);
          await page.waitForFunction(() => 'firstPdf' in window);
          const session = await page.createCDPSession();
          await session.send('Network.enable');
          await session.send('Network.emulateNetworkConditions', LINE);
          served.fonts.clear();
          served.other = 0;
          const result = await page.evaluate(
            (data, locale) => (window as unknown as { firstPdf(invoice: unknown, locale: string): Promise<{ milliseconds: number; bytes: number; missing: string[] }> }).firstPdf(data, locale),
            invoice as unknown as Record<string, unknown>,
            which.locale,
          );
          rows.push({
            script: which.script,
            locale: which.locale,
            fontFiles: [...served.fonts.keys()].join(' ') || '(none: standard fonts)',
            fontBytes: [...served.fonts.values()].reduce((sum, bytes) => sum + bytes, 0),
            otherBytes: served.other,
            firstPdfMs: Math.round(result.milliseconds),
            pdfBytes: result.bytes,
            missing: result.missing.join(' '),
          });
        } finally {
          await context.close();
        }
      }
      return rows;
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
