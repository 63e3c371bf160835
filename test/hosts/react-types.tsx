/**
 * Type test (checked by `npm run typecheck`, never run): the four tags in React 19's JSX with
 * src/frameworks/react.ts. Each `@ts-expect-error` line must stay an error.
 */
import type {} from '../../src/frameworks/react.js';
import type { InvoiceSentEvent } from '../../src/elements/invoice-detail/invoice-detail.events.js';

export const accepted = (
  <billing-provider base-url="/api" locale="de-AT" timeout={5000} headers={{ 'X-Tenant': 't' }} authHeaders={() => ({ Authorization: 'Bearer x' })}>
    <invoice-history
      customer-id="cus-1"
      variant="tile"
      page-size={10}
      status="open,overdue"
      messages={{ heading: 'Your invoices' }}
      oninvoice-select={(event) => event.invoice.number.toUpperCase()}
      oninvoice-download={(event) => event.preventDefault()}
      onauth-required={(event) => event.status}
    ></invoice-history>
    <invoice-history customerId="cus-1" pageSize={10} statuses={['paid']} sort="total" order="asc"></invoice-history>
    <invoice-detail customer-id="cus-1" invoice-id="inv-1" show-msrp paper-size="a4" oninvoice-sent={(event) => event.email.sentAt}></invoice-detail>
    <notification-settings-form no-preview onsettings-saved={(event) => event.etag} ondirty-change={(event) => event.dirty}></notification-settings-form>
  </billing-provider>
);

export const rejected = [
  // @ts-expect-error customer-id is text, not a number
  <invoice-history customer-id={42}></invoice-history>,
  // @ts-expect-error the variants are list and tile
  <invoice-history variant="grid"></invoice-history>,
  // @ts-expect-error pageSize is a number
  <invoice-history pageSize="25"></invoice-history>,
  // @ts-expect-error messages only has the element's own keys
  <invoice-history messages={{ title: 'Invoices' }}></invoice-history>,
  // @ts-expect-error invoice-select delivers an InvoiceSelectEvent
  <invoice-history oninvoice-select={(event: InvoiceSentEvent) => event.email}></invoice-history>,
  // @ts-expect-error customer is not an attribute of <invoice-history> (it is customer-id)
  <invoice-history customer="cus-1"></invoice-history>,
  // @ts-expect-error paper sizes are a4 and letter
  <invoice-detail paper-size="a3"></invoice-detail>,
  // @ts-expect-error headers is an object of strings
  <billing-provider headers="X-Tenant: t"></billing-provider>,
];
