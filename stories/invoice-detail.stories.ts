import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { BillingError } from '../src/api/errors.js';
import type { Invoice } from '../src/api/types.js';
import type { InvoiceDetail, InvoiceDetailState } from '../src/elements/invoice-detail/invoice-detail.js';
import '../src/context/billing-provider.js';
import '../src/elements/invoice-detail/invoice-detail.js';
import { storyDataSource } from './support/story-backend.js';

interface DetailArgs {
  customerId: string;
  invoiceId: string;
  showMsrp: boolean;
  paperSize: '' | 'a4' | 'letter';
}

/** The customer's oldest invoice, or the one asked for: stories name customers, the seed names invoices. */
async function loadInvoice(customerId: string, invoiceId?: string): Promise<Invoice> {
  if (invoiceId) return storyDataSource.getInvoice(customerId, invoiceId);
  const page = await storyDataSource.listInvoices(customerId, { limit: 1, sort: 'issueDate', order: 'asc' });
  return storyDataSource.getInvoice(customerId, page.items[0]!.id);
}

function frame(locale: string, content: TemplateResult): TemplateResult {
  return html`<billing-provider .dataSource=${storyDataSource} locale=${locale}>${content}</billing-provider>`;
}

function withState(state: InvoiceDetailState, locale: string): TemplateResult {
  return frame(locale, html`<invoice-detail .state=${state}></invoice-detail>`);
}

/** Loads one customer's invoice through the in-browser backend, like the demo does. */
function customerStory(customerId: string, invoiceId = ''): StoryObj<DetailArgs> {
  return {
    args: { customerId, invoiceId },
    loaders: [async ({ args }) => ({ invoiceId: args.invoiceId || (await loadInvoice(args.customerId)).id })],
  };
}

const meta: Meta<DetailArgs> = {
  title: 'Elements/invoice-detail',
  component: 'invoice-detail',
  argTypes: {
    customerId: { control: 'text', name: 'customer-id' },
    invoiceId: { control: 'text', name: 'invoice-id' },
    showMsrp: { control: 'boolean', name: 'show-msrp' },
    paperSize: { control: 'inline-radio', options: ['', 'a4', 'letter'], name: 'paper-size' },
  },
  args: { customerId: 'cus-small', invoiceId: 'inv-small-2', showMsrp: false, paperSize: '' },
  render: (args, { globals, loaded }) =>
    frame(
      globals['locale'] ?? 'en-US',
      html`<invoice-detail
        customer-id=${args.customerId}
        invoice-id=${(loaded['invoiceId'] as string | undefined) ?? args.invoiceId}
        ?show-msrp=${args.showMsrp}
        paper-size=${args.paperSize || nothing}
      ></invoice-detail>`,
    ),
};
export default meta;

type Story = StoryObj<DetailArgs>;

export const Loaded: Story = {};

export const Paid: Story = { args: { invoiceId: 'inv-small-1' } };

export const Loading: Story = { render: (_args, { globals }) => withState({ type: 'loading' }, globals['locale'] ?? 'en-US') };

export const NotFound: Story = { render: (_args, { globals }) => withState({ type: 'not-found' }, globals['locale'] ?? 'en-US') };

export const LoadFailed: Story = {
  render: (_args, { globals }) =>
    withState({ type: 'error', error: new BillingError('server', 'Service unavailable', { status: 503 }) }, globals['locale'] ?? 'en-US'),
};

export const Offline: Story = {
  render: (_args, { globals }) => withState({ type: 'error', error: new BillingError('network', 'Failed to fetch') }, globals['locale'] ?? 'en-US'),
};

export const CreditNote: Story = { args: { invoiceId: 'inv-small-3' } };

export const Euro: Story = customerStory('cus-medium');
export const PoundSterling: Story = customerStory('cus-gbp');
export const Yen: Story = customerStory('cus-yen');
export const KuwaitiDinar: Story = customerStory('cus-kwd');

export const ThreeHundredLines: Story = { args: { customerId: 'cus-medium', invoiceId: 'inv-300-lines' } };

export const ResellerViewWithMsrp: Story = { args: { customerId: 'cus-medium', invoiceId: 'inv-300-lines', showMsrp: true } };

export const Cyrillic: Story = customerStory('cus-cyrillic');
export const Greek: Story = customerStory('cus-greek');
export const Japanese: Story = { ...customerStory('cus-yen'), globals: { locale: 'ja-JP' } };
export const Arabic: Story = { ...customerStory('cus-kwd'), globals: { locale: 'ar' } };

export const HostileStrings: Story = { args: { customerId: 'cus-hostile', invoiceId: 'inv-hostile-1' } };

/** The send dialog, opened. */
export const SendDialog: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<InvoiceDetail>('invoice-detail')!;
    for (let attempt = 0; attempt < 100 && element.currentState.type !== 'loaded'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await element.updateComplete;
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="send"]')!.click();
  },
};

/** The generated PDF, shown inline, so designers can see it without downloading. */
export const GeneratedPdf: StoryObj<DetailArgs & { locale: string }> = {
  args: { customerId: 'cus-small', invoiceId: 'inv-small-1', paperSize: '' },
  loaders: [
    async ({ args, globals }) => {
      const invoice = await loadInvoice(args.customerId, args.invoiceId || undefined);
      const [{ invoiceToPdf, registerPdfFonts }, { cjkFonts }] = await Promise.all([
        import('../src/pdf/invoice-to-pdf.js'),
        import('../packages/pdf-fonts-cjk/index.js'),
      ]);
      // As an app with Japanese customers does (registering again replaces): the CJK faces are a companion package.
      registerPdfFonts(cjkFonts);
      const { settings } = await storyDataSource.getSettings();
      const pdf = await invoiceToPdf(invoice, {
        locale: globals['locale'] ?? 'en-US',
        branding: { name: invoice.seller.name, logoUrl: settings.logoUrl, websiteUrl: settings.websiteUrl, controlPanelUrl: settings.controlPanelUrl },
        paperSize: args.paperSize || null,
      });
      return { url: URL.createObjectURL(pdf.blob), warnings: pdf.warnings };
    },
  ],
  render: (_args, { loaded }) =>
    html`${(loaded['warnings'] as unknown[]).length > 0 ? html`<p>Logo warning: ${JSON.stringify(loaded['warnings'])}</p>` : ''}
      <iframe title="Generated invoice PDF" src=${loaded['url'] as string} style="width:100%;height:90vh;border:1px solid #ccc"></iframe>`,
};

export const GeneratedPdfThreeHundredLines: StoryObj<DetailArgs & { locale: string }> = {
  ...GeneratedPdf,
  args: { customerId: 'cus-medium', invoiceId: 'inv-300-lines', paperSize: '' },
};

export const GeneratedPdfJapanese: StoryObj<DetailArgs & { locale: string }> = {
  ...GeneratedPdf,
  args: { customerId: 'cus-yen', invoiceId: '', paperSize: '' },
  globals: { locale: 'ja-JP' },
};
