/**
 * The EN 16931 scenarios (issue #14): customers whose invoices are written out by hand, one per tax treatment or
 * document type a legal invoice must get right — several standard rates with document allowances and charges,
 * zero-rated, exempt, reverse charge (domestic and intra-community), export, outside the scope, prepaid with rounding,
 * sub-cent unit prices, a credit note, a corrected and a self-billed invoice, US state and local sales tax, a UK VAT
 * invoice and a Japanese qualified invoice (適格請求書).
 *
 * Only the facts are written here (lines, rates, categories, references); every amount is computed exactly by
 * `buildInvoice` with the seed's integer arithmetic, and `checkInvoiceTotals` checks them all (seed.node.test.ts).
 */
import type { AllowanceCharge, Buyer, Invoice, InvoiceLine, Money, Payment, Seller, TaxAmount } from '../../src/api/types.js';
import { divideRounded, multiplyByQuantity, percentOf } from './exact-math.js';
import type { CustomerSeed } from './seed-customers.js';
import { sellerDe, sellerJp, sellerUk, sellerUs } from './seed-sellers.js';

type SeedInvoice = Omit<Invoice, 'emails'>;

/** A line as written: a price in minor units, or a finer decimal price per base quantity. */
interface LineFacts {
  description: string;
  sku: string;
  quantity: string;
  unit: string;
  unitCode: string;
  /** Minor units per unit; or `netPrice` (major units, decimal) per `baseQuantity`. */
  unitPrice?: number;
  netPrice?: string;
  baseQuantity?: string;
  discount?: number;
  taxRate: string;
  vatCategory?: string;
  note?: string;
}

interface InvoiceFacts {
  id: string;
  number: string;
  documentType: NonNullable<Invoice['documentType']>;
  status: Invoice['status'];
  issueDate: string;
  dueDate: string;
  terms: string | null;
  notes?: string;
  seller: (logoUrl: string | null) => Seller;
  lines: LineFacts[];
  /** What the tax is called in the breakdown, e.g. `VAT`, `USt.`, `消費税`. */
  taxLabel: string;
  /** Exemption legend per category (BT-120, BT-121). */
  exemptions?: Record<string, { reason: string; code: string }>;
  /** Taxes that are not VAT, all on every line (US state and local sales tax); the lines' rate is their sum. */
  stackedTaxes?: Array<{ label: string; rate: string }>;
  allowances?: Array<Omit<AllowanceCharge, 'amount'> & { amount: number }>;
  charges?: Array<Omit<AllowanceCharge, 'amount'> & { amount: number }>;
  prepaid?: number;
  /** Round the amount due to a multiple of this many minor units (the difference is BT-114). */
  roundDueTo?: number;
  paid?: boolean;
  corrects?: { id: string; number: string; issueDate: string };
  extra?: Partial<SeedInvoice>;
}

const TYPE_CODES = { commercial: '380', credit_note: '381', corrected: '384', self_billed: '389', prepayment: '386' } as const;
/** The rateless categories have no tax. */
const RATELESS = new Set(['E', 'AE', 'K', 'G', 'O']);

/** round(quantity × price ÷ base) in minor units, from a decimal price in major units. */
function finePriceTotal(quantity: string, netPrice: string, baseQuantity: string, digits: number): number {
  const scaled = (text: string): [bigint, bigint] => {
    const [whole, fraction = ''] = text.replace('-', '').split('.');
    const value = BigInt(whole! + fraction) * (text.startsWith('-') ? -1n : 1n);
    return [value, 10n ** BigInt(fraction.length)];
  };
  const [q, qScale] = scaled(quantity);
  const [p, pScale] = scaled(netPrice);
  const [b, bScale] = scaled(baseQuantity);
  const numerator = q * p * bScale * 10n ** BigInt(digits);
  const denominator = qScale * pScale * b;
  return divideRounded(Number(numerator), Number(denominator));
}

function buildInvoice(facts: InvoiceFacts, customer: CustomerSeed, buyerExtra: Partial<Buyer>, logoUrl: string | null): SeedInvoice {
  const currency = customer.currency;
  const digits = currency === 'JPY' ? 0 : 2;
  const money = (amountMinor: number): Money => ({ amountMinor: amountMinor + 0, currency });
  const lines: InvoiceLine[] = facts.lines.map((line, index) => {
    const discount = line.discount ?? 0;
    const gross =
      line.netPrice !== undefined
        ? finePriceTotal(line.quantity, line.netPrice, line.baseQuantity ?? '1', digits)
        : multiplyByQuantity(line.unitPrice!, line.quantity);
    const unitPrice = line.netPrice !== undefined ? finePriceTotal('1', line.netPrice, line.baseQuantity ?? '1', digits) : line.unitPrice!;
    return {
      id: `${facts.id}-line-${index + 1}`,
      sku: line.sku,
      description: line.description,
      period: null,
      quantity: line.quantity,
      unit: line.unit,
      unitCode: line.unitCode,
      unitPrice: money(unitPrice),
      ...(line.netPrice !== undefined ? { netPrice: line.netPrice } : {}),
      ...(line.baseQuantity !== undefined ? { baseQuantity: line.baseQuantity } : {}),
      msrpUnitPrice: money(unitPrice),
      priceSource: 'reseller',
      discount: money(discount),
      ...(line.vatCategory ? { vatCategory: line.vatCategory } : {}),
      taxRate: line.taxRate,
      lineTotal: money(gross - discount),
      ...(line.note ? { note: line.note } : {}),
    };
  });
  const allowances = (facts.allowances ?? []).map((item) => ({ ...item, amount: money(item.amount) }));
  const charges = (facts.charges ?? []).map((item) => ({ ...item, amount: money(item.amount) }));

  // The breakdown: per category and rate, lines plus charges minus allowances; one rounding per row.
  const taxable = new Map<string, { category: string | undefined; rate: string; amount: number }>();
  const add = (category: string | undefined, rate: string, amount: number) => {
    const key = `${category ?? ''}|${RATELESS.has(category ?? '') ? '' : rate}`;
    const row = taxable.get(key) ?? { category, rate, amount: 0 };
    row.amount += amount;
    taxable.set(key, row);
  };
  for (const line of lines) add(line.vatCategory, line.taxRate, line.lineTotal.amountMinor);
  for (const item of charges) add(item.vatCategory, item.vatRate ?? '0', item.amount.amountMinor);
  for (const item of allowances) add(item.vatCategory, item.vatRate ?? '0', -item.amount.amountMinor);
  const taxes: TaxAmount[] = [];
  for (const row of taxable.values()) {
    if (facts.stackedTaxes) {
      for (const stacked of facts.stackedTaxes) {
        taxes.push({ rate: stacked.rate, label: stacked.label, taxableAmount: money(row.amount), tax: money(percentOf(row.amount, stacked.rate)) });
      }
      continue;
    }
    const exemption = row.category ? facts.exemptions?.[row.category] : undefined;
    taxes.push({
      rate: row.rate,
      label: facts.taxLabel,
      ...(row.category ? { category: row.category } : {}),
      taxableAmount: money(row.amount),
      tax: money(RATELESS.has(row.category ?? '') ? 0 : percentOf(row.amount, row.rate)),
      ...(exemption ? { exemptionReason: exemption.reason, exemptionReasonCode: exemption.code } : {}),
    });
  }

  const sum = (values: readonly Money[]) => values.reduce((total, value) => total + value.amountMinor, 0);
  const lineNetTotal = sum(lines.map((line) => line.lineTotal));
  const discountTotal = sum(lines.map((line) => line.discount));
  const allowanceTotal = sum(allowances.map((item) => item.amount));
  const chargeTotal = sum(charges.map((item) => item.amount));
  const netTotal = lineNetTotal - allowanceTotal + chargeTotal;
  const taxTotal = sum(taxes.map((row) => row.tax));
  const total = netTotal + taxTotal;
  const prepaid = facts.prepaid ?? 0;
  const beforeRounding = total - prepaid;
  const rounding = facts.roundDueTo ? divideRounded(beforeRounding, facts.roundDueTo) * facts.roundDueTo - beforeRounding : 0;
  const payable = beforeRounding + rounding;
  const payments: Payment[] = facts.paid
    ? [{ id: `${facts.id}-payment-1`, date: facts.issueDate, method: facts.documentType === 'credit_note' ? 'Refund to card' : 'Bank transfer', reference: null, amount: money(payable) }]
    : [];
  const amountPaid = sum(payments.map((payment) => payment.amount));
  const kind = facts.documentType === 'credit_note' ? 'credit_note' : 'invoice';
  return {
    id: facts.id,
    number: facts.number,
    kind,
    documentType: facts.documentType,
    typeCode: TYPE_CODES[facts.documentType],
    status: facts.status,
    issueDate: facts.issueDate,
    dueDate: facts.dueDate,
    description: lines.length > 1 ? `${lines[0]!.description} +${lines.length - 1}` : lines[0]!.description,
    currency,
    servicePeriod: null,
    seller: facts.seller(logoUrl),
    buyer: { customerId: customer.id, name: customer.name, email: customer.email, address: customer.address, taxId: customer.taxId, language: customer.locale, ...buyerExtra },
    lines,
    subtotal: money(lineNetTotal + discountTotal),
    discountTotal: money(discountTotal),
    lineNetTotal: money(lineNetTotal),
    ...(allowances.length ? { allowances, allowanceTotal: money(allowanceTotal) } : {}),
    ...(charges.length ? { charges, chargeTotal: money(chargeTotal) } : {}),
    netTotal: money(netTotal),
    taxes,
    taxTotal: money(taxTotal),
    total: money(total),
    ...(prepaid ? { prepaidAmount: money(prepaid) } : {}),
    ...(rounding ? { roundingAmount: money(rounding) } : {}),
    payments,
    amountPaid: money(amountPaid),
    amountDue: money(payable - amountPaid),
    corrects: kind === 'credit_note' && facts.corrects ? { id: facts.corrects.id, number: facts.corrects.number } : null,
    notes: facts.notes ?? null,
    terms: facts.terms,
    ...(facts.corrects ? { references: { precedingInvoices: [{ number: facts.corrects.number, issueDate: facts.corrects.issueDate }] } } : {}),
    ...facts.extra,
  };
}

/** A customer whose invoices are the facts above, built on demand. */
function handWritten(customer: Omit<CustomerSeed, 'invoiceCount' | 'invoices'>, buyerExtra: Partial<Buyer>, invoices: InvoiceFacts[]): CustomerSeed {
  const seed: CustomerSeed = {
    ...customer,
    invoiceCount: invoices.length,
    invoices: (logoUrl) => invoices.map((facts) => buildInvoice(facts, seed, buyerExtra, logoUrl)),
  };
  return seed;
}

const SEPA = (reference: string): Invoice['paymentInstructions'] => ({
  meansCode: '58',
  meansText: 'SEPA credit transfer',
  remittanceInformation: reference,
  creditTransfers: [{ accountId: 'DE02120300000000202051', accountName: 'Northwind Hosting GmbH', serviceProviderId: 'BYLADEM1001' }],
});

const DE_TERMS = 'Zahlbar innerhalb von 14 Tagen ohne Abzug.';

/** The invoice ids tests and stories name. */
export const EN16931_IDS = {
  customers: { de: 'cus-hansa', fr: 'cus-lumiere', ch: 'cus-alpenblick', us: 'cus-cascade', uk: 'cus-thames', jp: 'cus-fujimi' },
  invoices: {
    standardRates: 'inv-hansa-standard',
    exempt: 'inv-hansa-exempt',
    domesticReverseCharge: 'inv-hansa-reverse-charge',
    prepaidRounding: 'inv-hansa-prepaid',
    subCentPrices: 'inv-hansa-metered',
    creditNote: 'inv-hansa-credit-note',
    corrected: 'inv-hansa-corrected',
    selfBilled: 'inv-hansa-self-billed',
    intraCommunity: 'inv-lumiere-intra-community',
    export: 'inv-alpenblick-export',
    outsideScope: 'inv-alpenblick-outside-scope',
    usSalesTax: 'inv-cascade-sales-tax',
    ukVat: 'inv-thames-vat',
    japanQualified: 'inv-fujimi-qualified',
  },
} as const;
const ids = EN16931_IDS.invoices;

const hansa = handWritten(
  {
    id: EN16931_IDS.customers.de,
    name: 'Hansa Cloud Logistik GmbH',
    email: 'kreditoren@hansa-cloud.example',
    address: { lines: ['Große Elbstraße 145'], city: 'Hamburg', postalCode: '22767', region: null, country: 'DE' },
    taxId: 'DE811907980',
    currency: 'EUR',
    locale: 'de-DE',
    language: 'de',
    domain: 'hansa-cloud.example',
    taxRates: ['19', '7'],
    firstIssueDate: '2026-09-01',
  },
  {
    legalRegistration: { id: 'HRB 987654', scheme: 'Amtsgericht Hamburg' },
    electronicAddress: { id: 'DE811907980', scheme: '9930' },
    contact: { name: 'Kreditorenbuchhaltung', phone: '+49 40 9876 5430', email: 'kreditoren@hansa-cloud.example' },
  },
  [
    {
      id: ids.standardRates,
      number: 'NWDE-2026-0101',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-02',
      dueDate: '2026-11-16',
      terms: DE_TERMS,
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [
        { description: 'Managed Kubernetes, 3 Knoten', sku: 'K8S-3', quantity: '1', unit: 'Monat', unitCode: 'MON', unitPrice: 89_000, taxRate: '19', vatCategory: 'S' },
        { description: 'Backup-Speicher', sku: 'BACKUP-TB', quantity: '2.5', unit: 'TB', unitCode: 'E35', unitPrice: 2_390, discount: 598, taxRate: '19', vatCategory: 'S', note: '25 % Rabatt im ersten Quartal' },
        { description: 'Fachbuch „Kubernetes im Betrieb“', sku: 'BOOK-K8S', quantity: '3', unit: 'Stück', unitCode: 'H87', unitPrice: 4_990, taxRate: '7', vatCategory: 'S' },
      ],
      allowances: [{ amount: 5_000, vatCategory: 'S', vatRate: '19', reason: 'Treuerabatt', reasonCode: '100' }],
      charges: [{ amount: 490, vatCategory: 'S', vatRate: '7', reason: 'Versand der Bücher', reasonCode: 'FC' }],
      extra: {
        references: { buyerReference: '04011000-12345-34', purchaseOrderReference: 'PO-2026-4711', contractReference: 'RV-2025-017', projectReference: 'Cloud-Migration 2026' },
        delivery: { date: '2026-10-31' },
        servicePeriod: { start: '2026-10-01', end: '2026-10-31' },
        paymentInstructions: SEPA('NWDE-2026-0101'),
        payOnlineUrl: 'https://pay.northwind.example/i/NWDE-2026-0101',
      },
    },
    {
      id: ids.exempt,
      number: 'NWDE-2026-0102',
      documentType: 'commercial',
      status: 'paid',
      paid: true,
      issueDate: '2026-10-05',
      dueDate: '2026-10-19',
      terms: DE_TERMS,
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [{ description: 'Schulung: Sicherer Betrieb von Webservern (IHK-zertifiziert)', sku: 'TRAIN-SEC', quantity: '2', unit: 'Tag', unitCode: 'DAY', unitPrice: 120_000, taxRate: '0', vatCategory: 'E' }],
      exemptions: { E: { reason: 'Steuerfrei nach § 4 Nr. 21 UStG (berufliche Bildung)', code: 'VATEX-EU-132-1I' } },
      extra: { references: { buyerReference: '04011000-12345-34' }, paymentInstructions: SEPA('NWDE-2026-0102') },
    },
    {
      id: ids.domesticReverseCharge,
      number: 'NWDE-2026-0103',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-09',
      dueDate: '2026-11-23',
      terms: DE_TERMS,
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [{ description: 'Verkabelung Serverraum (Bauleistung)', sku: 'INSTALL-CABLE', quantity: '16', unit: 'Stunde', unitCode: 'HUR', unitPrice: 8_500, taxRate: '0', vatCategory: 'AE' }],
      exemptions: { AE: { reason: 'Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG)', code: 'VATEX-EU-AE' } },
      extra: { references: { buyerReference: '04011000-12345-34', purchaseOrderReference: 'PO-2026-4790' }, delivery: { date: '2026-11-06' }, paymentInstructions: SEPA('NWDE-2026-0103') },
    },
    {
      id: ids.prepaidRounding,
      number: 'NWDE-2026-0104',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-12',
      dueDate: '2026-11-26',
      terms: 'Anzahlung von 500,00 € am 01.10.2026 erhalten; Rest zahlbar innerhalb von 14 Tagen.',
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [
        { description: 'Rechenzentrums-Umzug, Pauschale', sku: 'MIGRATION', quantity: '1', unit: 'Pauschale', unitCode: 'C62', unitPrice: 148_733, taxRate: '19', vatCategory: 'S' },
        { description: 'Dedizierter Server, Einrichtung', sku: 'DEDI-SETUP', quantity: '3', unit: 'Server', unitCode: 'C62', unitPrice: 4_911, taxRate: '19', vatCategory: 'S' },
      ],
      prepaid: 50_000,
      roundDueTo: 100,
      extra: { references: { buyerReference: '04011000-12345-34' }, paymentInstructions: SEPA('NWDE-2026-0104') },
    },
    {
      id: ids.subCentPrices,
      number: 'NWDE-2026-0105',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-03',
      dueDate: '2026-11-17',
      terms: DE_TERMS,
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [
        { description: 'Strom für Colocation-Rack, nach Zähler', sku: 'COLO-POWER', quantity: '16000', unit: 'kWh', unitCode: 'KWH', netPrice: '0.0088', taxRate: '19', vatCategory: 'S' },
        { description: 'API-Aufrufe', sku: 'API-CALLS', quantity: '2345678', unit: 'Aufrufe', unitCode: 'C62', netPrice: '0.35', baseQuantity: '1000', taxRate: '19', vatCategory: 'S' },
      ],
      extra: { references: { buyerReference: '04011000-12345-34', invoicedObject: { id: 'ZÄHLER-7731-A', scheme: 'AWV' } }, paymentInstructions: SEPA('NWDE-2026-0105') },
    },
    {
      id: ids.creditNote,
      number: 'NWDE-GS-2026-0007',
      documentType: 'credit_note',
      status: 'paid',
      paid: true,
      issueDate: '2026-11-18',
      dueDate: '2026-11-18',
      terms: null,
      notes: 'Gutschrift für den Ausfall vom 14.10.2026 (SLA 99,95 %).',
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [{ description: 'SLA-Gutschrift Managed Kubernetes', sku: 'K8S-3', quantity: '1', unit: 'Monat', unitCode: 'MON', unitPrice: -8_900, taxRate: '19', vatCategory: 'S' }],
      corrects: { id: ids.standardRates, number: 'NWDE-2026-0101', issueDate: '2026-11-02' },
    },
    {
      id: ids.corrected,
      number: 'NWDE-2026-0106',
      documentType: 'corrected',
      status: 'open',
      issueDate: '2026-11-19',
      dueDate: '2026-12-03',
      terms: DE_TERMS,
      notes: 'Berichtigte Rechnung: ersetzt NWDE-2026-0103 (falsche Stundenzahl).',
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [{ description: 'Verkabelung Serverraum (Bauleistung)', sku: 'INSTALL-CABLE', quantity: '14', unit: 'Stunde', unitCode: 'HUR', unitPrice: 8_500, taxRate: '0', vatCategory: 'AE' }],
      exemptions: { AE: { reason: 'Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG)', code: 'VATEX-EU-AE' } },
      corrects: { id: ids.domesticReverseCharge, number: 'NWDE-2026-0103', issueDate: '2026-11-09' },
      extra: { paymentInstructions: SEPA('NWDE-2026-0106') },
    },
    {
      id: ids.selfBilled,
      number: 'HCL-GS-2026-0042',
      documentType: 'self_billed',
      status: 'paid',
      paid: true,
      issueDate: '2026-10-31',
      dueDate: '2026-10-31',
      terms: 'Gutschriftsverfahren: vom Leistungsempfänger ausgestellt, Betrag wird überwiesen.',
      notes: 'Gutschrift im Sinne des § 14 Abs. 2 Satz 2 UStG.',
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [{ description: 'Vermittlungsprovision Oktober 2026', sku: 'COMMISSION', quantity: '1', unit: 'Monat', unitCode: 'MON', unitPrice: 231_450, taxRate: '19', vatCategory: 'S' }],
    },
  ],
);

const lumiere = handWritten(
  {
    id: EN16931_IDS.customers.fr,
    name: 'Lumière Numérique SAS',
    email: 'comptabilite@lumiere-numerique.example',
    address: { lines: ['18 rue de la République'], city: 'Lyon', postalCode: '69002', region: null, country: 'FR' },
    taxId: 'FR32123456789',
    currency: 'EUR',
    locale: 'en-GB',
    language: 'en',
    domain: 'lumiere-numerique.example',
    taxRates: ['0'],
    firstIssueDate: '2026-10-01',
  },
  { legalRegistration: { id: '123456789', scheme: '0002' }, electronicAddress: { id: '12345678900017', scheme: '0009' } },
  [
    {
      id: ids.intraCommunity,
      number: 'NWDE-2026-0201',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-05',
      dueDate: '2026-12-05',
      terms: 'Payable within 30 days.',
      seller: sellerDe,
      taxLabel: 'VAT',
      lines: [{ description: 'Rack server, 2U, delivered to Lyon', sku: 'HW-2U', quantity: '2', unit: 'piece', unitCode: 'H87', unitPrice: 389_000, taxRate: '0', vatCategory: 'K' }],
      exemptions: { K: { reason: 'Intra-community supply, exempt under Art. 138 VAT Directive', code: 'VATEX-EU-IC' } },
      extra: { delivery: { date: '2026-11-04', address: { lines: ['18 rue de la République'], city: 'Lyon', postalCode: '69002', region: null, country: 'FR' } }, paymentInstructions: SEPA('NWDE-2026-0201') },
    },
  ],
);

const alpenblick = handWritten(
  {
    id: EN16931_IDS.customers.ch,
    name: 'Alpenblick Software AG',
    email: 'buchhaltung@alpenblick.example',
    address: { lines: ['Bahnhofstrasse 10'], city: 'Zürich', postalCode: '8001', region: null, country: 'CH' },
    taxId: 'CHE-123.456.789 MWST',
    currency: 'EUR',
    locale: 'de-DE',
    language: 'de',
    domain: 'alpenblick.example',
    taxRates: ['0'],
    firstIssueDate: '2026-10-01',
  },
  {},
  [
    {
      id: ids.export,
      number: 'NWDE-2026-0301',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-10',
      dueDate: '2026-12-10',
      terms: 'Zahlbar innerhalb von 30 Tagen.',
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [{ description: 'Firewall-Appliance, Ausfuhr in die Schweiz', sku: 'HW-FW', quantity: '1', unit: 'Stück', unitCode: 'H87', unitPrice: 245_000, taxRate: '0', vatCategory: 'G' }],
      exemptions: { G: { reason: 'Steuerfreie Ausfuhrlieferung (§ 4 Nr. 1a, § 6 UStG)', code: 'VATEX-EU-G' } },
      extra: { paymentInstructions: SEPA('NWDE-2026-0301') },
    },
    {
      id: ids.outsideScope,
      number: 'NWDE-2026-0302',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-10',
      dueDate: '2026-12-10',
      terms: 'Zahlbar innerhalb von 30 Tagen.',
      seller: sellerDe,
      taxLabel: 'USt.',
      lines: [{ description: 'Managed Hosting für Kunden in der Schweiz', sku: 'HOST-PRO', quantity: '12', unit: 'Monat', unitCode: 'MON', unitPrice: 14_900, taxRate: '0', vatCategory: 'O' }],
      exemptions: { O: { reason: 'Nicht im Inland steuerbare Leistung (§ 3a Abs. 2 UStG)', code: 'VATEX-EU-O' } },
      extra: { paymentInstructions: SEPA('NWDE-2026-0302') },
    },
  ],
);

const cascade = handWritten(
  {
    id: EN16931_IDS.customers.us,
    name: 'Cascade Coffee Roasters LLC',
    email: 'ap@cascade-coffee.example',
    address: { lines: ['2200 1st Avenue'], city: 'Seattle', postalCode: '98121', region: 'WA', country: 'US' },
    taxId: null,
    currency: 'USD',
    locale: 'en-US',
    language: 'en',
    domain: 'cascade-coffee.example',
    taxRates: ['10.25'],
    firstIssueDate: '2026-10-01',
  },
  {},
  [
    {
      id: ids.usSalesTax,
      number: 'NWUS-2026-0042',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-01',
      dueDate: '2026-12-01',
      terms: 'Net 30',
      seller: sellerUs,
      taxLabel: 'Sales tax',
      stackedTaxes: [
        { label: 'Washington state sales tax', rate: '6.5' },
        { label: 'Seattle local sales tax', rate: '3.75' },
      ],
      lines: [
        { description: 'Point-of-sale tablet', sku: 'HW-POS', quantity: '3', unit: 'device', unitCode: 'H87', unitPrice: 32_900, taxRate: '10.25' },
        { description: 'Website hosting, Business plan', sku: 'HOST-BIZ', quantity: '1', unit: 'month', unitCode: 'MON', unitPrice: 4_999, taxRate: '10.25' },
      ],
      extra: { payOnlineUrl: 'https://pay.northwind.example/i/NWUS-2026-0042', paymentInstructions: { meansCode: '48', meansText: 'Card on file', card: { lastDigits: '4242', holderName: 'M. Alvarez' } } },
    },
  ],
);

const thames = handWritten(
  {
    id: EN16931_IDS.customers.uk,
    name: 'Thames Print & Post Ltd',
    email: 'accounts@thames-print.example',
    address: { lines: ['3 Bankside'], city: 'London', postalCode: 'SE1 9TG', region: null, country: 'GB' },
    taxId: 'GB 987 6543 21',
    currency: 'GBP',
    locale: 'en-GB',
    language: 'en',
    domain: 'thames-print.example',
    taxRates: ['20', '0'],
    firstIssueDate: '2026-10-01',
  },
  { legalRegistration: { id: '01234567', scheme: 'Companies House' } },
  [
    {
      id: ids.ukVat,
      number: 'NW-2026-0777',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-11-14',
      dueDate: '2026-12-14',
      terms: 'Payment due within 30 days of the invoice date.',
      seller: sellerUk,
      taxLabel: 'VAT',
      lines: [
        { description: 'Managed WordPress hosting', sku: 'HOST-WP', quantity: '12', unit: 'month', unitCode: 'MON', unitPrice: 1_250, taxRate: '20', vatCategory: 'S' },
        { description: 'Printed user manuals', sku: 'PRINT-MANUAL', quantity: '40', unit: 'copy', unitCode: 'H87', unitPrice: 675, taxRate: '0', vatCategory: 'Z' },
      ],
      extra: {
        taxPointDate: '2026-11-14',
        references: { purchaseOrderReference: 'TPP-PO-3321' },
        paymentInstructions: { meansCode: '30', meansText: 'Bank transfer', remittanceInformation: 'NW-2026-0777', creditTransfers: [{ accountId: 'GB33BUKB20201555555555', accountName: 'Northwind Hosting Ltd', serviceProviderId: 'BUKBGB22' }] },
      },
    },
  ],
);

const fujimi = handWritten(
  {
    id: EN16931_IDS.customers.jp,
    name: '株式会社富士見フーズ',
    email: 'keiri@fujimi-foods.example',
    address: { lines: ['千代田区丸の内1-9-1'], city: '東京都', postalCode: '100-0005', region: null, country: 'JP' },
    taxId: null,
    currency: 'JPY',
    locale: 'ja-JP',
    language: 'ja',
    domain: 'fujimi-foods.example',
    taxRates: ['10', '8'],
    firstIssueDate: '2026-10-01',
  },
  {},
  [
    {
      id: ids.japanQualified,
      number: 'NWJP-2026-0011',
      documentType: 'commercial',
      status: 'open',
      issueDate: '2026-10-31',
      dueDate: '2026-11-30',
      terms: '2026年11月30日までに下記口座へお振込みください。',
      notes: '※は軽減税率（8%）対象品目です。',
      seller: sellerJp,
      taxLabel: '消費税',
      lines: [
        { description: 'クラウドサーバー（スタンダード）', sku: 'CLOUD-STD', quantity: '2', unit: '台', unitCode: 'C62', unitPrice: 12_000, taxRate: '10', vatCategory: 'S' },
        { description: 'ドメイン更新', sku: 'DOMAIN-JP', quantity: '1', unit: '件', unitCode: 'C62', unitPrice: 3_300, taxRate: '10', vatCategory: 'S' },
        { description: '※ オフィス用ミネラルウォーター', sku: 'WATER-24', quantity: '5', unit: '箱', unitCode: 'C62', unitPrice: 1_650, taxRate: '8', vatCategory: 'S' },
      ],
      extra: {
        servicePeriod: { start: '2026-10-01', end: '2026-10-31' },
        paymentInstructions: { meansCode: '30', meansText: '銀行振込', creditTransfers: [{ accountId: '三菱UFJ銀行 芝支店 普通 1234567', accountName: 'ノースウィンド・ホスティング（ド' }] },
      },
    },
  ],
);

/** The EN 16931 scenario customers, appended to the seed's customers. */
export const EN16931_CUSTOMERS: readonly CustomerSeed[] = [hansa, lumiere, alpenblick, cascade, thames, fujimi];
