import { css } from 'lit';
import { base } from '../../styles/base.js';
import { statusBadgeStyles } from '../../styles/status-badge.js';
import { token } from '../../styles/tokens.js';

const accent = css`var(--invoice-detail-accent, ${token('color-accent')})`;

const layout = css`
  :host {
    container: invoice-detail / inline-size;
    background: ${token('color-surface')};
  }

  [part~='base'] {
    display: grid;
    gap: ${token('space-5')};
  }

  [part~='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: ${token('space-2')};
  }
  [part~='toolbar'] .spacer {
    flex: 1;
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    font: inherit;
    padding: ${token('space-2')} ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    color: ${token('color-text')};
    background: ${token('color-surface')};
    cursor: pointer;
  }
  .button:hover {
    background: ${token('color-surface-hover')};
  }
  .button.primary {
    border-color: ${accent};
    color: ${token('color-accent-contrast')};
    background: ${accent};
  }
  .button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }

  .notice {
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-raised')};
  }
  .notice p {
    margin: 0 0 ${token('space-2')};
  }
  .notice-title {
    font-weight: 700;
  }
  .notice.error {
    color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }
  .notice.warning {
    color: ${token('color-warning')};
    background: ${token('color-warning-surface')};
  }
  .notice.success {
    color: ${token('color-success')};
    background: ${token('color-success-surface')};
  }

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: ${token('space-4')};
    padding-block-end: ${token('space-4')};
    border-block-end: 3px solid ${accent};
  }
  .seller img {
    display: block;
    max-width: 10rem;
    max-height: 3.5rem;
    margin-block-end: ${token('space-2')};
  }
  .seller strong,
  .buyer strong {
    display: block;
  }
  address {
    font-style: normal;
    color: ${token('color-text-muted')};
  }
  .title-block {
    text-align: end;
  }
  h2 {
    margin: 0 0 ${token('space-2')};
    font-size: 1.5em;
    line-height: 1.2;
    color: ${accent};
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: ${token('space-2')};
  }

  .parties {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: ${token('space-4')};
  }
  h3 {
    margin: 0 0 ${token('space-1')};
    font-size: 0.8125rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: ${token('color-text-muted')};
  }
  dl.meta {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${token('space-1')} ${token('space-3')};
    margin: 0;
  }
  dl.meta dt {
    color: ${token('color-text-muted')};
  }
  dl.meta dd {
    margin: 0;
  }

  .table-scroll {
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding-block-end: ${token('space-2')};
  }
  th,
  td {
    padding: ${token('space-2')};
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid ${token('color-border')};
  }
  thead th {
    font-size: 0.8125rem;
    color: ${token('color-text-muted')};
    background: var(--invoice-detail-header-background, ${token('color-surface-raised')});
  }
  .numeric {
    text-align: end;
    white-space: nowrap;
    font-variant-numeric: tabular-nums;
  }
  tbody th {
    font-weight: 600;
  }
  .line-detail {
    display: block;
    font-weight: 400;
    font-size: 0.8125rem;
    color: ${token('color-text-muted')};
  }
  .msrp-cell {
    color: ${token('color-text-muted')};
  }
  .negative-margin {
    color: ${token('color-danger')};
  }

  dl.totals {
    display: grid;
    grid-template-columns: 1fr auto;
    gap: ${token('space-1')} ${token('space-4')};
    margin: 0;
    margin-inline-start: auto;
    min-width: min(22rem, 100%);
  }
  dl.totals dt {
    text-align: end;
    color: ${token('color-text-muted')};
  }
  dl.totals dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  dl.totals .strong {
    font-weight: 700;
    color: ${token('color-text')};
  }
  dl.totals dd.strong {
    border-block-start: 2px solid ${accent};
  }
  dl.totals .margin {
    color: ${token('color-info')};
  }

  table.vat-breakdown tfoot th,
  table.vat-breakdown tfoot td {
    font-weight: 700;
    text-align: end;
    border-block-end: 0;
  }
  ul.legends {
    margin: 0;
    padding: ${token('space-2')} ${token('space-3')};
    list-style: none;
    border-inline-start: 3px solid ${accent};
    background: ${token('color-surface-raised')};
  }
  .legend-code {
    color: ${token('color-text-muted')};
    font-size: 0.8125rem;
  }
  .account-id {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: 0.02em;
  }
  /* Pay now is a link dressed as the primary button: no link underline or link colour on the accent fill. */
  a.button {
    text-decoration: none;
  }
  a.button.primary,
  a.button.primary:visited {
    color: ${token('color-accent-contrast')};
  }
  a.button.primary:hover {
    background: ${accent};
    filter: brightness(0.92);
  }
  .button.copy {
    margin-inline-start: ${token('space-2')};
    padding-block: 0;
    font-size: 0.8125rem;
  }
  .legal-ids {
    font-size: 0.8125rem;
    color: ${token('color-text-muted')};
    border-block-start: 1px solid ${token('color-border')};
    padding-block-start: ${token('space-3')};
  }
  .legal-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: ${token('space-3')};
  }
  dl.party-ids {
    margin-block-start: ${token('space-1')};
  }

  .prose {
    white-space: pre-line;
    margin: 0;
  }
  ul.history {
    margin: 0;
    padding-inline-start: ${token('space-5')};
  }

  .skeleton {
    display: block;
    height: 1em;
    margin-block: ${token('space-2')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-hover')};
  }
  .skeleton.wide {
    width: 60%;
  }

  /* Narrow containers: the line table becomes one card per line. */
  @container invoice-detail (max-width: 40rem) {
    .title-block {
      text-align: start;
    }
    .badges {
      justify-content: flex-start;
    }
    table.lines thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    table.lines tr {
      display: grid;
      grid-template-columns: 1fr auto;
      padding-block: ${token('space-2')};
      border-block-end: 1px solid ${token('color-border')};
    }
    table.lines td,
    table.lines th {
      border: 0;
      padding: ${token('space-1')} ${token('space-2')};
    }
    table.lines td.numeric::before {
      content: attr(data-label) ': ';
      color: ${token('color-text-muted')};
      float: inline-start;
      margin-inline-end: ${token('space-2')};
    }
    table.lines td.numeric {
      grid-column: 1 / -1;
    }
  }

  @media (forced-colors: active) {
    .badge,
    .notice {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    [part~='header'],
    dl.totals dd.strong,
    ul.legends {
      border-color: CanvasText;
    }
  }

  /* Printing shows the invoice only: no actions, no messages, no dialog, black on white, tables not cut mid-line. */
  @media print {
    :host {
      background: #fff;
      color: #000;
    }
    [part~='toolbar'],
    .pdf-status,
    .no-print,
    invoice-send-dialog {
      display: none !important;
    }
    .table-scroll {
      overflow: visible;
    }
    thead {
      display: table-header-group;
    }
    tr,
    dl.totals,
    .parties > * {
      break-inside: avoid;
    }
    .button {
      display: none;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

export const invoiceDetailStyles = [base, statusBadgeStyles('invoice-detail'), layout];
