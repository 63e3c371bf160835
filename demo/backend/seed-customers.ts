/**
 * The demo's customers, written out by hand: one per scenario the elements must survive (no invoices, a handful,
 * hundreds, ten thousand; 0- and 3-decimal currencies; Japanese, Arabic, Cyrillic and Greek text; hostile strings).
 * Their invoices are generated from these by `seed.ts`, except the EN 16931 scenarios' (`seed-en16931.ts`).
 */
import type { Address, Invoice } from '../../src/api/types.js';
import type { SeedLanguage } from './catalog.js';
import { EN16931_CUSTOMERS } from './seed-en16931.js';

/** The ids tests and the demo refer to. */
export const SEED_IDS = {
  customers: {
    empty: 'cus-empty',
    small: 'cus-small',
    medium: 'cus-medium',
    large: 'cus-large',
    gbp: 'cus-gbp',
    yen: 'cus-yen',
    kwd: 'cus-kwd',
    cyrillic: 'cus-cyrillic',
    greek: 'cus-greek',
    hostile: 'cus-hostile',
    /** Reads French: its documents are French whatever the portal's language. */
    french: 'cus-fr',
    /** Reads Simplified Chinese. */
    chinese: 'cus-zh',
  },
  invoices: {
    /** cus-small, paid. */
    smallPaid: 'inv-small-1',
    /** cus-small, open. */
    smallOpen: 'inv-small-2',
    /** cus-small, a credit note correcting inv-small-1. */
    smallCreditNote: 'inv-small-3',
    /** cus-medium, an invoice of 300 lines. */
    threeHundredLines: 'inv-300-lines',
    /** cus-hostile, hostile strings everywhere. */
    hostile: 'inv-hostile-1',
  },
} as const;

/** The day the seed treats as "today": statuses (open vs overdue) are fixed against it, not the wall clock. */
export const SEED_REFERENCE_DATE = '2026-11-20';

/** An invoice whose kind and status the seed must not choose at random. */
export interface FixedInvoice {
  kind: 'invoice' | 'credit_note';
  status: 'draft' | 'open' | 'paid' | 'overdue' | 'void';
  issueDate: string;
  /** Index (0-based) of the invoice a credit note corrects. */
  corrects?: number;
  lineCount?: number;
}

export interface CustomerSeed {
  id: string;
  name: string;
  email: string;
  address: Address;
  taxId: string | null;
  currency: string;
  /** The locale the customer's e-mails are written for. */
  locale: string;
  language: SeedLanguage;
  /** The customer's own domain, named on domain and hosting lines. */
  domain: string;
  invoiceCount: number;
  /** Tax rates (percent, decimal strings); the first is the usual one. */
  taxRates: readonly string[];
  firstIssueDate: string;
  /** Invoices at these indexes have fixed kind/status/date. */
  fixed?: Readonly<Record<number, FixedInvoice>>;
  /** Invoice ids that replace the generated `inv-<suffix>-<n>` at these indexes. */
  specialIds?: Readonly<Record<number, string>>;
  /** Fill names, descriptions and notes with markup and script URLs. */
  hostile?: boolean;
  /** Invoices written out by hand (the EN 16931 scenarios), instead of generated; `logoUrl` as for `generateInvoice`. */
  invoices?: (logoUrl: string | null) => ReadonlyArray<Omit<Invoice, 'emails'>>;
}

/** Strings that must come out as text everywhere they are shown. */
export const HOSTILE_STRINGS = [
  '<script>alert("line")</script>',
  '<img src=x onerror=alert("img")>',
  'javascript:alert(document.cookie)',
  '"><svg onload=alert(1)> & \'quotes\'',
  '{{constructor.constructor(\'alert(1)\')()}} ${alert(1)}',
  '<a href="javascript:alert(\'link\')">Click to pay</a>',
] as const;

export const CUSTOMERS: readonly CustomerSeed[] = [
  {
    id: SEED_IDS.customers.empty,
    name: 'Empty Example Ltd',
    email: 'billing@empty.example',
    address: { lines: ['1 Quiet Lane'], city: 'Springfield', postalCode: '62701', region: 'IL', country: 'US' },
    taxId: null,
    currency: 'USD',
    locale: 'en-US',
    language: 'en',
    domain: 'empty.example',
    invoiceCount: 0,
    taxRates: ['0'],
    firstIssueDate: '2026-01-01',
  },
  {
    id: SEED_IDS.customers.small,
    name: 'Ada’s Bakery LLC',
    email: 'ada@bakery.example',
    address: { lines: ['12 Flour Street', 'Suite 3'], city: 'Portland', postalCode: '97204', region: 'OR', country: 'US' },
    taxId: null,
    currency: 'USD',
    locale: 'en-US',
    language: 'en',
    domain: 'adas-bakery.example',
    invoiceCount: 3,
    taxRates: ['7.5', '0'],
    firstIssueDate: '2026-09-01',
    fixed: {
      0: { kind: 'invoice', status: 'paid', issueDate: '2026-09-01', lineCount: 3 },
      1: { kind: 'invoice', status: 'open', issueDate: '2026-11-10', lineCount: 2 },
      2: { kind: 'credit_note', status: 'paid', issueDate: '2026-09-20', corrects: 0 },
    },
  },
  {
    id: SEED_IDS.customers.medium,
    name: 'Mittelstand Medien GmbH',
    email: 'buchhaltung@mittelstand-medien.example',
    address: { lines: ['Hauptstraße 42'], city: 'Köln', postalCode: '50667', region: null, country: 'DE' },
    taxId: 'DE123456789',
    currency: 'EUR',
    locale: 'de-DE',
    language: 'de',
    domain: 'mittelstand-medien.example',
    invoiceCount: 250,
    taxRates: ['19', '7.5', '20', '0'],
    firstIssueDate: '2022-01-03',
    specialIds: { 99: SEED_IDS.invoices.threeHundredLines },
    fixed: { 99: { kind: 'invoice', status: 'paid', issueDate: '2024-01-15', lineCount: 300 } },
  },
  {
    id: SEED_IDS.customers.large,
    name: 'Large Logistics Inc.',
    email: 'accounts-payable@large-logistics.example',
    address: { lines: ['9000 Freight Avenue', 'Building C'], city: 'Memphis', postalCode: '38118', region: 'TN', country: 'US' },
    taxId: 'US-98-7654321',
    currency: 'USD',
    locale: 'en-US',
    language: 'en',
    domain: 'large-logistics.example',
    invoiceCount: 10_000,
    taxRates: ['0', '7.5'],
    firstIssueDate: '2017-01-02',
  },
  {
    id: SEED_IDS.customers.gbp,
    name: 'Brighton Bytes Ltd',
    email: 'finance@brighton-bytes.example',
    address: { lines: ['27 Marine Parade'], city: 'Brighton', postalCode: 'BN2 1TL', region: null, country: 'GB' },
    taxId: 'GB987654321',
    currency: 'GBP',
    locale: 'en-GB',
    language: 'en',
    domain: 'brighton-bytes.example',
    invoiceCount: 40,
    taxRates: ['20', '0'],
    firstIssueDate: '2023-04-03',
  },
  {
    id: SEED_IDS.customers.yen,
    name: '株式会社さくらテック',
    email: 'keiri@sakura-tech.example',
    address: { lines: ['渋谷区道玄坂1-2-3', 'さくらビル5階'], city: '東京都', postalCode: '150-0043', region: null, country: 'JP' },
    taxId: 'T1234567890123',
    currency: 'JPY',
    locale: 'ja-JP',
    language: 'ja',
    domain: 'sakura-tech.example',
    invoiceCount: 30,
    taxRates: ['10', '8'],
    firstIssueDate: '2024-04-01',
  },
  {
    id: SEED_IDS.customers.kwd,
    name: 'شركة الخليج للحلول الرقمية',
    email: 'accounts@gulf-digital.example',
    address: { lines: ['شارع الخليج العربي، برج ٣، الطابق ١٢'], city: 'مدينة الكويت', postalCode: '13001', region: null, country: 'KW' },
    taxId: null,
    currency: 'KWD',
    locale: 'ar-KW',
    language: 'ar',
    domain: 'gulf-digital.example',
    invoiceCount: 30,
    taxRates: ['0'],
    firstIssueDate: '2024-02-04',
  },
  {
    id: SEED_IDS.customers.cyrillic,
    name: 'Бистра Уеб ЕООД',
    email: 'schetovodstvo@bistra-web.example',
    address: { lines: ['бул. „Витоша“ 15'], city: 'София', postalCode: '1000', region: null, country: 'BG' },
    taxId: 'BG123456789',
    currency: 'EUR',
    locale: 'bg-BG',
    language: 'bg',
    domain: 'bistra-web.example',
    invoiceCount: 25,
    taxRates: ['20', '9'],
    firstIssueDate: '2025-01-06',
  },
  {
    id: SEED_IDS.customers.greek,
    name: 'Αιγαίο Ψηφιακή Α.Ε.',
    email: 'logistirio@aigaio-digital.example',
    address: { lines: ['Λεωφόρος Συγγρού 120'], city: 'Αθήνα', postalCode: '117 45', region: null, country: 'GR' },
    taxId: 'EL123456789',
    currency: 'EUR',
    locale: 'el-GR',
    language: 'el',
    domain: 'aigaio-digital.example',
    invoiceCount: 25,
    taxRates: ['24', '13'],
    firstIssueDate: '2025-01-07',
  },
  {
    id: SEED_IDS.customers.hostile,
    name: '<script>alert("customer")</script> Evil & Co <img src=x onerror=alert(1)>',
    email: 'hostile@evil.example',
    address: {
      lines: ['<img src=x onerror=alert("address")>', 'javascript:alert("street")'],
      city: '<b>Bold</b> City',
      postalCode: '"><script>',
      region: null,
      country: 'US',
    },
    taxId: '<script>alert("tax")</script>',
    currency: 'USD',
    locale: 'en-US',
    language: 'en',
    domain: 'evil.example',
    invoiceCount: 5,
    taxRates: ['20', '0'],
    firstIssueDate: '2026-06-01',
    hostile: true,
  },
  // Last, so the generated customers keep their places: one customer per EN 16931 scenario (seed-en16931.ts).
  ...EN16931_CUSTOMERS,
  // After the scenarios, which keep their places: customers whose language is not the portal's (issue #17).
  {
    id: SEED_IDS.customers.french,
    name: 'Atelier Lumière SARL',
    email: 'compta@atelier-lumiere.example',
    address: { lines: ['18 rue des Lilas'], city: 'Lyon', postalCode: '69003', region: null, country: 'FR' },
    taxId: 'FR40123456824',
    currency: 'EUR',
    locale: 'fr-FR',
    language: 'fr',
    domain: 'atelier-lumiere.example',
    invoiceCount: 12,
    taxRates: ['20', '10'],
    firstIssueDate: '2025-12-01',
  },
  {
    id: SEED_IDS.customers.chinese,
    name: '上海云帆科技有限公司',
    email: 'caiwu@yunfan-tech.example',
    address: { lines: ['浦东新区世纪大道 100 号', '环球金融中心 18 楼'], city: '上海市', postalCode: '200120', region: null, country: 'CN' },
    taxId: '91310115MA1K4ABC2X',
    currency: 'CNY',
    locale: 'zh-CN',
    language: 'zh',
    domain: 'yunfan-tech.example',
    invoiceCount: 12,
    taxRates: ['6', '13'],
    firstIssueDate: '2025-12-01',
  },
];

/** The seeded customer with this id, if any. */
export function findCustomer(id: string): CustomerSeed | undefined {
  return CUSTOMERS.find((customer) => customer.id === id);
}
