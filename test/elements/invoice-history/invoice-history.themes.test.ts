import { expect, fixture, html } from '@open-wc/testing';
import { BillingError } from '../../../src/api/errors.js';
import type { InvoicePage } from '../../../src/api/types.js';
import '../../../src/elements/invoice-history/invoice-history.js';
import type { InvoiceHistory, InvoiceHistoryState } from '../../../src/elements/invoice-history/invoice-history.js';
import { api, loadThemes } from './helpers.js';

// Every state, set directly through `state` (as Storybook does), in both shipped themes. The page data comes from the
// reference backend once, so the rows are real ones (every status, credit notes, overdue).
let page: InvoicePage;

before(async () => {
  await loadThemes();
  page = await api().listInvoices('cus-medium', { limit: 25, status: ['open', 'overdue', 'paid', 'void', 'draft'] });
});

const states: Record<string, () => InvoiceHistoryState> = {
  loading: () => ({ type: 'loading' }),
  'loading the next page': () => ({ type: 'loading', previous: page }),
  loaded: () => ({ type: 'loaded', page }),
  empty: () => ({ type: 'empty', filtered: false }),
  'filtered to empty': () => ({ type: 'empty', filtered: true }),
  error: () => ({ type: 'error', error: new BillingError('server', 'Server error', { status: 500 }) }),
  idle: () => ({ type: 'idle' }),
};

for (const theme of ['billing-theme-light', 'billing-theme-dark']) {
  for (const variant of ['list', 'tile'] as const) {
    for (const [name, state] of Object.entries(states)) {
      it(`is accessible ${name} as a ${variant} in ${theme}`, async () => {
        const wrapper = await fixture<HTMLDivElement>(html`<div class=${theme}>
          <invoice-history variant=${variant} locale="en-US" .state=${state()}></invoice-history>
        </div>`);
        const element = wrapper.querySelector<InvoiceHistory>('invoice-history')!;
        await element.updateComplete;
        expect(element.currentState.type).to.equal(state().type);
        await expect(element).to.be.accessible();
      });
    }
  }
}

it('takes its colours from the theme', async () => {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="billing-theme-dark">
    <invoice-history .state=${{ type: 'empty', filtered: false }}></invoice-history>
  </div>`);
  const element = wrapper.querySelector<InvoiceHistory>('invoice-history')!;
  await element.updateComplete;
  expect(getComputedStyle(element).backgroundColor).to.equal('rgb(13, 17, 23)');
});
