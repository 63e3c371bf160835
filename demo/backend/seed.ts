/**
 * The demo's deterministic invoices. Every invoice is a pure function of (customer, index): the same on every run and
 * machine (a seeded PRNG, never Math.random), so tests can name invoices and compare totals.
 *
 * Only summaries are kept in memory (built once per customer, on first use); a full invoice with its lines is
 * regenerated from the same seed when asked for, so the 10,000-invoice customer costs no more than its list.
 *
 * All amounts are integer minor units and computed exactly (see `exact-math.ts`):
 *   lineTotal = round(quantity × unitPrice) − discount
 *   subtotal  = Σ round(quantity × unitPrice)          discountTotal = Σ discount
 *   tax       = round(Σ lineTotal at a rate × rate)    one rounding per rate
 *   total     = subtotal − discountTotal + Σ tax       amountDue = total − amountPaid (0 when void)
 * Credit notes credit part of an earlier invoice's lines (negative unit prices, so every amount is negative).
 */
import type { Invoice, InvoiceKind, InvoiceLine, InvoiceStatus, InvoiceSummary, Money, Payment, TaxAmount } from '../../src/api/types.js';
import { LONG_DESCRIPTION_SUFFIX, PRODUCTS, SEED_PHRASES, UNIT_NAMES, priceIn, type Product } from './catalog.js';
import { divideRounded, multiplyByQuantity, percentOf } from './exact-math.js';
import { Random } from './prng.js';
import { seller } from './seed-sellers.js';
import { CUSTOMERS, HOSTILE_STRINGS, SEED_REFERENCE_DATE, findCustomer, type CustomerSeed } from './seed-customers.js';

export { seller } from './seed-sellers.js';
export { CUSTOMERS, HOSTILE_STRINGS, SEED_IDS, SEED_REFERENCE_DATE, findCustomer, type CustomerSeed } from './seed-customers.js';

/** An invoice as the seed generates it; the backend adds the e-mails sent for it. */
export type SeedInvoice = Omit<Invoice, 'emails'>;

/** Where the seller's logo is served, relative to the backend's origin (see `reference-backend.ts`). */
export const LOGO_PATH = '/assets/logo.png';

/** What is decided about an invoice before its lines: cheap, so credit notes can look at earlier invoices. */
interface InvoicePlan {
  index: number;
  id: string;
  number: string;
  kind: InvoiceKind;
  status: InvoiceStatus;
  issueDate: string;
  dueDate: string;
  termsDays: number;
  lineCount: number;
  corrects: number | null;
}

const DAY_MS = 86_400_000;

function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

function addMonths(isoDate: string, months: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.toISOString().slice(0, 10);
}

function money(amountMinor: number, currency: string): Money {
  // `+ 0` turns -0 into 0, so JSON never carries a negative zero.
  return { amountMinor: amountMinor + 0, currency };
}

function invoiceId(customer: CustomerSeed, index: number): string {
  return customer.specialIds?.[index] ?? `inv-${customer.id.replace(/^cus-/, '')}-${index + 1}`;
}

/** Decides kind, status and dates. Uses its own random stream, independent of the lines. */
function planInvoice(customer: CustomerSeed, index: number): InvoicePlan {
  const random = new Random(`${customer.id}#${index}#plan`);
  const fixed = customer.fixed?.[index];
  const lastIssueDate = addDays(SEED_REFERENCE_DATE, -2);
  const span = daysBetween(customer.firstIssueDate, lastIssueDate);
  const issueDate =
    fixed?.issueDate ??
    addDays(customer.firstIssueDate, customer.invoiceCount <= 1 ? 0 : Math.floor((index * span) / (customer.invoiceCount - 1)));
  const termsDays = random.pick([14, 30]);
  let kind: InvoiceKind = fixed?.kind ?? 'invoice';
  let corrects: number | null = fixed?.corrects ?? null;
  const kindRoll = random.next();
  if (!fixed && index > 0 && kindRoll < 0.06 && daysBetween(issueDate, SEED_REFERENCE_DATE) > 30) {
    corrects = findCorrectable(customer, index);
    if (corrects !== null) kind = 'credit_note';
  }
  const dueDate = kind === 'credit_note' ? issueDate : addDays(issueDate, termsDays);
  const status = fixed?.status ?? chooseStatus(customer, index, kind, dueDate, random);
  const lineCount = fixed?.lineCount ?? (kind === 'credit_note' ? random.integer(1, 2) : random.pick([1, 1, 2, 2, 3, 4, 6]));
  const prefix = kind === 'credit_note' ? 'CN' : 'INV';
  return {
    index,
    id: invoiceId(customer, index),
    number: `${prefix}-${issueDate.slice(0, 4)}-${String(index + 1).padStart(5, '0')}`,
    kind,
    status,
    issueDate,
    dueDate,
    termsDays,
    lineCount,
    corrects,
  };
}

/** The nearest earlier invoice that was really issued (not a draft, not void, not a credit note). */
function findCorrectable(customer: CustomerSeed, index: number): number | null {
  for (let earlier = index - 1; earlier >= Math.max(0, index - 20); earlier--) {
    const plan = planInvoice(customer, earlier);
    if (plan.kind === 'invoice' && plan.status !== 'draft' && plan.status !== 'void') return earlier;
  }
  return null;
}

function chooseStatus(customer: CustomerSeed, index: number, kind: InvoiceKind, dueDate: string, random: Random): InvoiceStatus {
  const roll = random.next();
  if (kind === 'credit_note') return roll < 0.7 ? 'paid' : 'open';
  // The newest invoice of a long history is still being written, so every long list has a draft in it…
  if (customer.invoiceCount >= 10 && index === customer.invoiceCount - 1) return 'draft';
  // …and the one before it is still open, so every long list has that status too.
  if (customer.invoiceCount >= 10 && index === customer.invoiceCount - 2) return 'open';
  if (roll < 0.03) return 'void';
  if (dueDate < SEED_REFERENCE_DATE) return random.chance(0.85) ? 'paid' : 'overdue';
  return random.chance(0.6) ? 'open' : 'paid';
}

function lineDescription(customer: CustomerSeed, product: Product, random: Random, lineIndex: number): string {
  if (customer.hostile) return HOSTILE_STRINGS[lineIndex % HOSTILE_STRINGS.length] as string;
  const name = product.names[customer.language];
  const withDomain = product.sku.startsWith('DOMAIN') || product.sku.startsWith('HOST') ? `${name}: ${customer.domain}` : name;
  return random.chance(0.06) ? withDomain + LONG_DESCRIPTION_SUFFIX : withDomain;
}

function generateLines(customer: CustomerSeed, plan: InvoicePlan): InvoiceLine[] {
  const random = new Random(`${customer.id}#${plan.index}#lines`);
  const currency = customer.currency;
  const lines: InvoiceLine[] = [];
  for (let lineIndex = 0; lineIndex < plan.lineCount; lineIndex++) {
    const product = random.pick(PRODUCTS);
    const quantity = random.pick(product.quantities);
    const msrp = priceIn(currency, product.msrpUsdCents);
    const reseller = random.chance(0.4);
    let unitPrice = msrp;
    if (reseller) {
      unitPrice = divideRounded(msrp * random.pick([80, 85, 90, 110, 115, 120]), 100);
      if (unitPrice === msrp) unitPrice = msrp + 1;
    }
    const gross = multiplyByQuantity(unitPrice, quantity);
    const discount = random.chance(0.2) ? divideRounded(gross * random.pick([5, 10, 15, 25]), 100) : 0;
    const taxRate = random.chance(0.7) ? (customer.taxRates[0] as string) : random.pick(customer.taxRates);
    const months = product.unit === 'month' ? Number(quantity) : 1;
    lines.push({
      id: `${plan.id}-line-${lineIndex + 1}`,
      sku: product.sku,
      description: lineDescription(customer, product, random, lineIndex),
      period: product.periodic ? { start: plan.issueDate, end: addDays(addMonths(plan.issueDate, months), -1) } : null,
      quantity,
      unit: UNIT_NAMES[customer.language][product.unit],
      unitPrice: money(unitPrice, currency),
      msrpUnitPrice: money(msrp, currency),
      priceSource: reseller ? 'reseller' : 'msrp',
      discount: money(discount, currency),
      taxRate,
      lineTotal: money(gross - discount, currency),
    });
  }
  return lines;
}

/** A credit note's lines: part of the corrected invoice's first lines, at negative prices. */
function creditLines(customer: CustomerSeed, plan: InvoicePlan, corrected: InvoiceLine[]): InvoiceLine[] {
  const random = new Random(`${customer.id}#${plan.index}#credit`);
  return corrected.slice(0, plan.lineCount).map((line, lineIndex) => {
    const whole = /^\d+$/.test(line.quantity) ? Number(line.quantity) : 0;
    const quantity = whole > 1 ? String(random.integer(1, whole - 1)) : line.quantity;
    const unitPrice = -line.unitPrice.amountMinor;
    return {
      ...line,
      id: `${plan.id}-line-${lineIndex + 1}`,
      quantity,
      unitPrice: money(unitPrice, customer.currency),
      msrpUnitPrice: money(-line.msrpUnitPrice.amountMinor, customer.currency),
      discount: money(0, customer.currency),
      lineTotal: money(multiplyByQuantity(unitPrice, quantity), customer.currency),
    };
  });
}

function taxesOf(lines: readonly InvoiceLine[], currency: string, label: string): TaxAmount[] {
  const taxableByRate = new Map<string, number>();
  for (const line of lines) taxableByRate.set(line.taxRate, (taxableByRate.get(line.taxRate) ?? 0) + line.lineTotal.amountMinor);
  return [...taxableByRate]
    .sort(([a], [b]) => Number(b) - Number(a))
    .map(([rate, taxable]) => ({ rate, label, taxableAmount: money(taxable, currency), tax: money(percentOf(taxable, rate), currency) }));
}

function paymentsOf(customer: CustomerSeed, plan: InvoicePlan, total: number): Payment[] {
  const random = new Random(`${customer.id}#${plan.index}#payments`);
  const currency = customer.currency;
  const payment = (part: number, amount: number): Payment => {
    const latest = daysBetween(plan.issueDate, SEED_REFERENCE_DATE);
    return {
      id: `${plan.id}-payment-${part}`,
      date: addDays(plan.issueDate, Math.max(0, Math.min(latest, random.integer(1, plan.termsDays)))),
      method: plan.kind === 'credit_note' ? 'Refund to card' : random.pick(['Card', 'Bank transfer', 'PayPal', 'Direct debit']),
      reference: random.chance(0.7) ? `PAY-${random.integer(100000, 999999)}` : null,
      amount: money(amount, currency),
    };
  };
  if (plan.status === 'paid') {
    if (plan.kind === 'invoice' && random.chance(0.2)) {
      const first = divideRounded(total, 2);
      return [payment(1, first), payment(2, total - first)];
    }
    return [payment(1, total)];
  }
  if ((plan.status === 'open' || plan.status === 'overdue') && plan.kind === 'invoice' && random.chance(0.25)) {
    return [payment(1, divideRounded(total * random.pick([25, 50]), 100))];
  }
  return [];
}

function summaryDescription(customer: CustomerSeed, plan: InvoicePlan, lines: readonly InvoiceLine[], correctedNumber: string | null): string {
  const first = lines[0];
  const firstName = first === undefined ? '' : customer.hostile ? first.description : first.description.replace(LONG_DESCRIPTION_SUFFIX, '');
  const more = lines.length > 1 ? ` +${lines.length - 1}` : '';
  if (correctedNumber !== null) return `${SEED_PHRASES[customer.language].creditFor} ${correctedNumber}: ${firstName}${more}`;
  return firstName + more;
}

/**
 * One invoice in full, without e-mails. `logoUrl` is the seller's logo as the backend serves it (absolute, so it
 * works in PDFs and e-mails that leave the page).
 */
export function generateInvoice(customer: CustomerSeed, index: number, logoUrl: string | null): SeedInvoice {
  if (!Number.isInteger(index) || index < 0 || index >= customer.invoiceCount) throw new RangeError(`No invoice ${index} for ${customer.id}`);
  if (customer.invoices) return customer.invoices(logoUrl)[index]!;
  const plan = planInvoice(customer, index);
  const currency = customer.currency;
  let lines: InvoiceLine[];
  let corrects: SeedInvoice['corrects'] = null;
  if (plan.kind === 'credit_note' && plan.corrects !== null) {
    const correctedPlan = planInvoice(customer, plan.corrects);
    corrects = { id: correctedPlan.id, number: correctedPlan.number };
    lines = creditLines(customer, plan, generateLines(customer, correctedPlan));
  } else {
    lines = generateLines(customer, plan);
  }
  const phrases = SEED_PHRASES[customer.language];
  let subtotal = 0;
  let discountTotal = 0;
  for (const line of lines) {
    subtotal += line.lineTotal.amountMinor + line.discount.amountMinor;
    discountTotal += line.discount.amountMinor;
  }
  const taxes = taxesOf(lines, currency, phrases.taxLabel);
  const total = subtotal - discountTotal + taxes.reduce((sum, tax) => sum + tax.tax.amountMinor, 0);
  const payments = paymentsOf(customer, plan, total);
  const amountPaid = payments.reduce((sum, payment) => sum + payment.amount.amountMinor, 0);
  const periods = lines.flatMap((line) => (line.period ? [line.period] : []));
  const hostile = customer.hostile === true;
  return {
    id: plan.id,
    number: plan.number,
    kind: plan.kind,
    status: plan.status,
    issueDate: plan.issueDate,
    dueDate: plan.dueDate,
    description: summaryDescription(customer, plan, lines, corrects?.number ?? null),
    currency,
    servicePeriod:
      periods.length === 0
        ? null
        : {
            start: periods.reduce((min, period) => (period.start < min ? period.start : min), periods[0]!.start),
            end: periods.reduce((max, period) => (period.end > max ? period.end : max), periods[0]!.end),
          },
    // A hostile tenant's logo is a valid https URL whose text tries to break out of an attribute.
    seller: seller(hostile ? 'https://evil.example/logo.png?"><script>alert("logo")</script>' : logoUrl),
    buyer: { customerId: customer.id, name: customer.name, email: customer.email, address: customer.address, taxId: customer.taxId, language: customer.locale },
    lines,
    subtotal: money(subtotal, currency),
    discountTotal: money(discountTotal, currency),
    taxes,
    total: money(total, currency),
    payments,
    amountPaid: money(amountPaid, currency),
    // A voided invoice is cancelled: nothing is owed on it, whatever was (not) paid.
    amountDue: money(plan.status === 'void' ? 0 : total - amountPaid, currency),
    corrects,
    notes: hostile ? HOSTILE_STRINGS[5] : phrases.notes,
    terms: hostile ? HOSTILE_STRINGS[4] : plan.kind === 'credit_note' ? null : phrases.terms(plan.termsDays),
  };
}

/** The list row for an invoice: with its document type, so the history can tell a corrected or self-billed one apart. */
export function toSummary(invoice: SeedInvoice): InvoiceSummary {
  const { id, number, kind, documentType, typeCode, status, issueDate, dueDate, description, total, amountDue, corrects } = invoice;
  return {
    id,
    number,
    kind,
    ...(documentType ? { documentType } : {}),
    ...(typeCode ? { typeCode } : {}),
    status,
    issueDate,
    dueDate,
    description,
    total,
    amountDue,
    corrects,
  };
}

/** A customer's invoice summaries, oldest first, and where each id sits. Built once per customer, on first use. */
export interface SeededInvoices {
  customer: CustomerSeed;
  summaries: readonly InvoiceSummary[];
  indexById: ReadonlyMap<string, number>;
}

const seededByCustomer = new Map<string, SeededInvoices>();

/** The seeded invoices of a customer, or undefined for an unknown customer id. */
export function seededInvoices(customerId: string): SeededInvoices | undefined {
  let seeded = seededByCustomer.get(customerId);
  if (seeded) return seeded;
  const customer = findCustomer(customerId);
  if (!customer) return undefined;
  const summaries: InvoiceSummary[] = [];
  const indexById = new Map<string, number>();
  for (let index = 0; index < customer.invoiceCount; index++) {
    const summary = toSummary(generateInvoice(customer, index, null));
    summaries.push(summary);
    indexById.set(summary.id, index);
  }
  seeded = { customer, summaries, indexById };
  seededByCustomer.set(customerId, seeded);
  return seeded;
}

/** Every seeded customer, for tests that walk them all. */
export function allCustomers(): readonly CustomerSeed[] {
  return CUSTOMERS;
}
