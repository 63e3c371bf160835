import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { BillingError } from '../src/api/errors.js';
import type { InvoiceSortField, SortOrder } from '../src/api/types.js';
import type { InvoiceHistoryState } from '../src/elements/invoice-history/invoice-history.js';
import '../src/context/billing-provider.js';
import '../src/elements/invoice-history/invoice-history.js';
import { createStoryDataSource, storyDataSource } from './support/story-backend.js';

interface HistoryArgs {
  customerId: string;
  variant: 'list' | 'tile';
  pageSize: number;
  tileSize: number;
  status: string;
  search: string;
  sort: InvoiceSortField;
  order: SortOrder;
  hrefTemplate: string;
  /** Width of the box around the element, to show the container-query layouts. */
  width: string;
}

function frame(locale: string, content: TemplateResult, dataSource = storyDataSource): TemplateResult {
  return html`<billing-provider .dataSource=${dataSource} locale=${locale}>${content}</billing-provider>`;
}

function element(args: HistoryArgs): TemplateResult {
  return html`<div style=${args.width ? `max-width: ${args.width}` : ''}>
    <invoice-history
      customer-id=${args.customerId}
      variant=${args.variant}
      page-size=${args.pageSize}
      tile-size=${args.tileSize}
      status=${args.status || nothing}
      search=${args.search || nothing}
      sort=${args.sort}
      order=${args.order}
      href-template=${args.hrefTemplate || nothing}
    ></invoice-history>
  </div>`;
}

/** The element showing a state set directly, with no request (loading, error): what Storybook can't get from data. */
function withState(state: InvoiceHistoryState, args: HistoryArgs, locale: string): TemplateResult {
  return frame(locale, html`<invoice-history variant=${args.variant} .state=${state}></invoice-history>`);
}

const meta: Meta<HistoryArgs> = {
  title: 'Elements/invoice-history',
  component: 'invoice-history',
  argTypes: {
    customerId: {
      control: 'select',
      name: 'customer-id',
      options: ['cus-small', 'cus-medium', 'cus-large', 'cus-gbp', 'cus-yen', 'cus-kwd', 'cus-cyrillic', 'cus-greek', 'cus-hostile', 'cus-empty'],
    },
    variant: { control: 'inline-radio', options: ['list', 'tile'] },
    pageSize: { control: { type: 'number', min: 1, max: 100 }, name: 'page-size' },
    tileSize: { control: { type: 'number', min: 1, max: 20 }, name: 'tile-size' },
    status: { control: 'text', description: 'Comma-separated statuses, e.g. `open,overdue`' },
    search: { control: 'text' },
    sort: { control: 'select', options: ['issueDate', 'dueDate', 'number', 'total', 'status'] },
    order: { control: 'inline-radio', options: ['desc', 'asc'] },
    hrefTemplate: { control: 'text', name: 'href-template' },
    width: { control: 'text', description: 'Width of the surrounding box (stories only)' },
  },
  args: {
    customerId: 'cus-medium',
    variant: 'list',
    pageSize: 25,
    tileSize: 5,
    status: '',
    search: '',
    sort: 'issueDate',
    order: 'desc',
    hrefTemplate: '',
    width: '',
  },
  render: (args, { globals }) => frame(globals['locale'] ?? 'en-US', element(args)),
};
export default meta;

type Story = StoryObj<HistoryArgs>;

/** 250 invoices in euros: every status, credit notes, overdue ones. */
export const Loaded: Story = {};

export const LoadedUsd: Story = { name: 'Loaded (USD)', args: { customerId: 'cus-small' } };
export const LoadedGbp: Story = { name: 'Loaded (GBP)', args: { customerId: 'cus-gbp' } };
export const LoadedJpy: Story = { name: 'Loaded (JPY, no decimals)', args: { customerId: 'cus-yen' } };
export const LoadedKwd: Story = { name: 'Loaded (KWD, three decimals)', args: { customerId: 'cus-kwd' } };
export const Cyrillic: Story = { args: { customerId: 'cus-cyrillic' } };
export const Greek: Story = { args: { customerId: 'cus-greek' } };

/** Paged on the server: as fast as the small customer. */
export const TenThousandInvoices: Story = { name: '10,000 invoices', args: { customerId: 'cus-large' } };

export const Empty: Story = { args: { customerId: 'cus-empty' } };

export const FilteredToEmpty: Story = { args: { customerId: 'cus-small', search: 'no such invoice' } };

export const OverdueOnly: Story = { args: { status: 'overdue' } };

export const Loading: Story = {
  render: (args, { globals }) => withState({ type: 'loading' }, args, globals['locale'] ?? 'en-US'),
};

export const LoadFailed: Story = {
  render: (args, { globals }) =>
    withState({ type: 'error', error: new BillingError('server', 'Service unavailable', { status: 503 }) }, args, globals['locale'] ?? 'en-US'),
};

/** A real failing request through the backend's fault hook; Retry fails again. */
export const ServerError: Story = {
  render: (args, { globals }) => frame(globals['locale'] ?? 'en-US', element(args), createStoryDataSource({ 'X-Billing-Fault': 'status=500' })),
};

export const SignedOut: Story = {
  render: (args, { globals }) => frame(globals['locale'] ?? 'en-US', element(args), createStoryDataSource({ 'X-Billing-Fault': 'status=401' })),
};

/** Hostile invoice numbers and descriptions, shown as text. */
export const HostileStrings: Story = { args: { customerId: 'cus-hostile' } };

/** Numbers are real links (middle-click opens a new tab). */
export const WithLinks: Story = { args: { hrefTemplate: '#/billing/invoices/{id}' } };

export const Tile: Story = { args: { variant: 'tile', width: '28rem' } };

export const TileEmpty: Story = { args: { variant: 'tile', customerId: 'cus-empty', width: '28rem' } };

/** Below 40rem of container width, rows become cards. */
export const Narrow: Story = { args: { width: '22rem' } };

export const Dark: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = { name: 'Right to left (Arabic)', args: { customerId: 'cus-kwd' }, globals: { locale: 'ar' } };

export const German: Story = { globals: { locale: 'de-DE' } };

export const Japanese: Story = { args: { customerId: 'cus-yen' }, globals: { locale: 'ja-JP' } };
