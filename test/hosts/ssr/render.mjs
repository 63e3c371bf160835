// What an adopter's server does to render the elements (run in the test's consumer project, from the installed
// package): preload each element's code and German strings, then render with @lit-labs/ssr. Without `preload` the
// elements render their empty shadow roots. Reads its input from the JSON file named first; writes HTML to stdout.
import { readFileSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { InvoiceDetail, InvoiceHistory, NotificationSettingsForm } from 'billing-elements';

const { customerId, invoice, preload } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
if (preload) await Promise.all([InvoiceDetail, InvoiceHistory, NotificationSettingsForm].map((element) => element.preload('de-DE')));

// No provider's context reaches an element on a server, so each is given its locale.
const page = html`<billing-provider base-url="/api" locale="de-DE">
  <invoice-history id="history" locale="de-DE" customer-id=${customerId}></invoice-history>
  <invoice-detail id="given" locale="de-DE" show-msrp .state=${{ type: 'loaded', invoice }}></invoice-detail>
  <invoice-detail id="unchosen" locale="de-DE"></invoice-detail>
  <notification-settings-form id="settings" locale="de-DE"></notification-settings-form>
</billing-provider>`;
process.stdout.write(await collectResult(render(page)));
