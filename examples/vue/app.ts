/**
 * billing-elements in a Vue 3 app: a customer switcher, the invoice history, the selected invoice, and the e-mail
 * branding form, all under one <billing-provider>.
 *
 * Written with render functions (`h()`), so it needs no single-file-component compiler. Vue sets a binding as a
 * property when the element has one (`headers`, `messages`) and as an attribute otherwise (`base-url`,
 * `customer-id`); `onInvoiceSelect` listens to the DOM event `invoice-select` (Vue hyphenates the name), as
 * `@invoice-select` does in a template. In templates, tell Vue these tags are custom elements:
 * `app.config.compilerOptions.isCustomElement = (tag) => tag.includes('-')` (or the same option in the build's Vue
 * plugin). The elements must be defined before Vue renders them, so the library is imported first.
 *
 * In an app: `import 'billing-elements'` and `import type {} from 'billing-elements/vue'`; here the same modules
 * come from the repository's source. Tested in test/hosts/vue-host.test.ts.
 */
import '../../src/index.js';
import type {} from '../../src/frameworks/vue.js';
import { createApp, defineComponent, h, ref, type App as VueApp, type PropType } from 'vue';
import type { InvoiceSelectEvent } from '../../src/elements/invoice-history/invoice-history.events.js';
import type { InvoiceHistoryMessages } from '../../src/elements/invoice-history/invoice-history.messages.js';
import type { DirtyChangeEvent } from '../../src/elements/notification-settings-form/notification-settings-form.events.js';
import { EXAMPLE_CUSTOMERS } from '../customers.js';

// A host's text overrides: an object, so Vue sets it as the `messages` property.
const HISTORY_MESSAGES: Partial<InvoiceHistoryMessages> = { heading: 'Your invoices' };

export const App = defineComponent({
  name: 'BillingApp',
  props: {
    /** The billing API, absolute or relative to the page. */
    baseUrl: { type: String, default: '/api' },
    /** Extra request headers (e.g. a tenant header); set as the provider's `headers` property. */
    headers: { type: Object as PropType<Record<string, string> | null>, default: null },
  },
  setup(props) {
    const customerId = ref<string>(EXAMPLE_CUSTOMERS[0].id);
    const invoiceId = ref<string | null>(null);
    const selectedNumber = ref<string | null>(null);
    const unsaved = ref(false);

    function handleCustomerChange(event: Event) {
      customerId.value = (event.target as HTMLSelectElement).value;
      invoiceId.value = null;
      selectedNumber.value = null;
    }

    function handleSelect(event: InvoiceSelectEvent) {
      invoiceId.value = event.invoiceId;
      selectedNumber.value = event.invoice.number;
    }

    return () =>
      h('billing-provider', { 'base-url': props.baseUrl, locale: 'en-US', headers: props.headers }, [
        h('label', [
          'Customer ',
          h(
            'select',
            { id: 'customer', value: customerId.value, onChange: handleCustomerChange },
            EXAMPLE_CUSTOMERS.map((customer) => h('option', { key: customer.id, value: customer.id }, customer.label)),
          ),
        ]),
        h('p', { id: 'selected', 'aria-live': 'polite' }, selectedNumber.value ? `Selected invoice ${selectedNumber.value}` : 'No invoice selected'),
        h('invoice-history', { 'customer-id': customerId.value, messages: HISTORY_MESSAGES, onInvoiceSelect: handleSelect }),
        invoiceId.value
          ? h('invoice-detail', {
              'customer-id': customerId.value,
              'invoice-id': invoiceId.value,
              onInvoiceBack: () => (invoiceId.value = null),
            })
          : null,
        h('notification-settings-form', { 'no-preview': true, onDirtyChange: (event: DirtyChangeEvent) => (unsaved.value = event.dirty) }),
        unsaved.value ? h('p', { id: 'unsaved' }, 'You have unsaved branding changes.') : null,
      ]);
  },
});

/** Mounts the app on `container`; returns the Vue app, to unmount it. */
export function mountApp(container: Element, props: { baseUrl?: string; headers?: Record<string, string> } = {}): VueApp {
  const app = createApp(App, props);
  app.mount(container);
  return app;
}
