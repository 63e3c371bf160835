/**
 * billing-elements in an Angular app: a standalone component with a customer switcher, the invoice history, the
 * selected invoice and the e-mail branding form, all under one <billing-provider>.
 *
 * `CUSTOM_ELEMENTS_SCHEMA` lets the template use the tags. `[messages]="…"` binds a property (objects must go in as
 * properties), `customer-id="…"` or `[attr.customer-id]` sets an attribute, and `(invoice-select)="…"` listens to the
 * DOM event of that name. The elements must be defined before Angular renders them, so the library is imported first.
 *
 * In an app: `import 'billing-elements';` (e.g. in main.ts); here the same module comes from the repository's source.
 * Tested (compiled just in time, zoneless) in test/hosts/angular-host.test.ts.
 */
import '../../src/index.js';
import { Component, CUSTOM_ELEMENTS_SCHEMA, Input, signal } from '@angular/core';
import { InvoiceSelectEvent } from '../../src/elements/invoice-history/invoice-history.events.js';
import type { InvoiceHistoryMessages } from '../../src/elements/invoice-history/invoice-history.messages.js';
import { DirtyChangeEvent } from '../../src/elements/notification-settings-form/notification-settings-form.events.js';
import { EXAMPLE_CUSTOMERS } from '../customers.js';

@Component({
  selector: 'billing-page',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <billing-provider [baseUrl]="baseUrl" locale="en-US" [headers]="headers">
      <label>
        Customer
        <select id="customer" [value]="customerId()" (change)="switchCustomer($event)">
          @for (customer of customers; track customer.id) {
            <option [value]="customer.id">{{ customer.label }}</option>
          }
        </select>
      </label>
      <p id="selected" aria-live="polite">
        {{ selectedNumber() ? 'Selected invoice ' + selectedNumber() : 'No invoice selected' }}
      </p>

      <invoice-history [customerId]="customerId()" [messages]="historyMessages" (invoice-select)="select($event)"></invoice-history>
      @if (invoiceId(); as id) {
        <invoice-detail [customerId]="customerId()" [invoiceId]="id" (invoice-back)="invoiceId.set(null)"></invoice-detail>
      }

      <notification-settings-form no-preview (dirty-change)="dirtyChanged($event)"></notification-settings-form>
      @if (unsaved()) {
        <p id="unsaved">You have unsaved branding changes.</p>
      }
    </billing-provider>
  `,
})
export class BillingPageComponent {
  /** The billing API, absolute or relative to the page. */
  @Input() baseUrl = '/api';
  /** Extra request headers (e.g. a tenant header); bound as the provider's `headers` property. */
  @Input() headers: Record<string, string> | null = null;

  protected readonly customers = EXAMPLE_CUSTOMERS;
  // A host's text overrides: an object, so it is bound as the `messages` property.
  protected readonly historyMessages: Partial<InvoiceHistoryMessages> = { heading: 'Your invoices' };
  protected readonly customerId = signal<string>(EXAMPLE_CUSTOMERS[0].id);
  protected readonly invoiceId = signal<string | null>(null);
  protected readonly selectedNumber = signal<string | null>(null);
  protected readonly unsaved = signal(false);

  protected switchCustomer(event: Event): void {
    this.customerId.set((event.target as HTMLSelectElement).value);
    this.invoiceId.set(null);
    this.selectedNumber.set(null);
  }

  // Angular types `$event` of an event it does not know as `Event`; the class check narrows it.
  protected select(event: Event): void {
    if (!(event instanceof InvoiceSelectEvent)) return;
    this.invoiceId.set(event.invoiceId);
    this.selectedNumber.set(event.invoice.number);
  }

  protected dirtyChanged(event: Event): void {
    if (event instanceof DirtyChangeEvent) this.unsaved.set(event.dirty);
  }
}
