/**
 * billing-elements in a React 19 app: a customer switcher, the invoice history, the selected invoice, and the
 * e-mail branding form, all under one <billing-provider>.
 *
 * React 19 passes a prop to a custom element as a property when the element has one (`headers`, `messages`), and as
 * an attribute otherwise (`base-url`, `customer-id`). `on` + the event's exact name adds a listener for that DOM
 * event: `oninvoice-select` listens to `invoice-select`. The elements must be defined before React renders them, so
 * the library is imported first. Typings: `import type {} from 'billing-elements/react'`.
 *
 * In an app: `import 'billing-elements'` and `import type {} from 'billing-elements/react'`; here the same modules
 * come from the repository's source. Tested in test/hosts/react-host.test.ts.
 */
import '../../src/index.js';
import type {} from '../../src/frameworks/react.js';
import { useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { InvoiceSelectEvent } from '../../src/elements/invoice-history/invoice-history.events.js';
import type { InvoiceHistoryMessages } from '../../src/elements/invoice-history/invoice-history.messages.js';
import { EXAMPLE_CUSTOMERS } from '../customers.js';

// A host's text overrides: an object, so React sets it as the `messages` property. Kept outside the component so
// the element sees one object, not a new one on every render.
const HISTORY_MESSAGES: Partial<InvoiceHistoryMessages> = { heading: 'Your invoices' };

export interface AppProps {
  /** The billing API, absolute or relative to the page. */
  baseUrl?: string;
  /** Extra request headers (e.g. a tenant header); an object, so it is set as the provider's `headers` property. */
  headers?: Record<string, string>;
}

export function App({ baseUrl = '/api', headers }: AppProps) {
  const [customerId, setCustomerId] = useState<string>(EXAMPLE_CUSTOMERS[0].id);
  const [invoiceId, setInvoiceId] = useState<string | null>(null);
  const [selectedNumber, setSelectedNumber] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);

  function handleSelect(event: InvoiceSelectEvent) {
    setInvoiceId(event.invoiceId);
    setSelectedNumber(event.invoice.number);
  }

  function handleCustomerChange(id: string) {
    setCustomerId(id);
    setInvoiceId(null);
    setSelectedNumber(null);
  }

  return (
    <billing-provider base-url={baseUrl} locale="en-US" headers={headers ?? null}>
      <label>
        Customer{' '}
        <select id="customer" value={customerId} onChange={(event) => handleCustomerChange(event.target.value)}>
          {EXAMPLE_CUSTOMERS.map((customer) => (
            <option key={customer.id} value={customer.id}>
              {customer.label}
            </option>
          ))}
        </select>
      </label>
      <p id="selected" aria-live="polite">
        {selectedNumber ? `Selected invoice ${selectedNumber}` : 'No invoice selected'}
      </p>

      <invoice-history customer-id={customerId} messages={HISTORY_MESSAGES} oninvoice-select={handleSelect}></invoice-history>
      {invoiceId ? (
        <invoice-detail customer-id={customerId} invoice-id={invoiceId} oninvoice-back={() => setInvoiceId(null)}></invoice-detail>
      ) : null}

      <notification-settings-form no-preview ondirty-change={(event) => setUnsaved(event.dirty)}></notification-settings-form>
      {unsaved ? <p id="unsaved">You have unsaved branding changes.</p> : null}
    </billing-provider>
  );
}

/** Renders the app into `container`; returns the React root, to unmount it. */
export function mountApp(container: Element, props: AppProps = {}): Root {
  const root = createRoot(container);
  root.render(<App {...props} />);
  return root;
}
