/**
 * Type test (checked by `npm run typecheck`, never run): the four tags as Vue 3's template type checker sees them,
 * with src/frameworks/vue.ts. vue-tsc checks a template's bindings against `$props` and its `@event` handlers against
 * `$emit`; this checks those two types directly. Each `@ts-expect-error` line must stay an error.
 */
import type { GlobalComponents } from 'vue';
import type { InvoiceSentEvent } from '../../src/elements/invoice-detail/invoice-detail.events.js';
import type { InvoiceSelectEvent } from '../../src/elements/invoice-history/invoice-history.events.js';
import type {} from '../../src/frameworks/vue.js';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];
type Emit<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$emit'];

export const accepted: [Props<'invoice-history'>, Props<'invoice-detail'>, Props<'billing-provider'>, Props<'notification-settings-form'>] = [
  { 'customer-id': 'cus-1', customerId: 'cus-1', 'page-size': '10', pageSize: 10, messages: { heading: 'Your invoices' }, class: 'wide' },
  { 'customer-id': 'cus-1', 'invoice-id': 'inv-1', 'show-msrp': true, paperSize: 'letter' },
  { 'base-url': '/api', headers: { 'X-Tenant': 't' }, branding: { name: 'Example Hosting' } },
  { 'no-preview': true, locale: 'ja' },
];

export const rejected: [Props<'invoice-history'>, Props<'invoice-history'>, Props<'invoice-detail'>, Props<'billing-provider'>] = [
  // @ts-expect-error customer-id is text, not a number
  { 'customer-id': 42 },
  // @ts-expect-error messages only has the element's own keys
  { messages: { title: 'Invoices' } },
  // @ts-expect-error paper sizes are a4 and letter
  { 'paper-size': 'a3' },
  // @ts-expect-error headers is an object of strings
  { headers: 'X-Tenant: t' },
];

export function events(history: Emit<'invoice-history'>, detail: Emit<'invoice-detail'>, select: InvoiceSelectEvent, sent: InvoiceSentEvent): void {
  history('invoice-select', select);
  detail('invoice-sent', sent);
  // @ts-expect-error invoice-select delivers an InvoiceSelectEvent
  history('invoice-select', sent);
  // @ts-expect-error <invoice-history> has no invoice-sent event
  history('invoice-sent', sent);
}
