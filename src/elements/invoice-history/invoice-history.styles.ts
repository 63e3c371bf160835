import { css } from 'lit';
import { base } from '../../styles/base.js';
import { token } from '../../styles/tokens.js';
import { statusBadgeStyles } from '../../styles/status-badge.js';

const list = css`
  :host {
    container: invoice-history / inline-size;
    background: ${token('color-surface')};
  }

  [part~='base'] {
    display: grid;
    gap: ${token('space-4')};
  }

  [part~='header'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: ${token('space-2')} ${token('space-4')};
  }

  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }

  .balance {
    display: flex;
    gap: ${token('space-2')};
    margin: 0;
  }
  .balance dt {
    color: ${token('color-text-muted')};
  }
  .balance dd {
    margin: 0;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }

  [part~='body']:focus {
    outline: none;
  }
  [part~='body']:focus-visible {
    outline: 2px solid ${token('color-focus')};
  }

  /* ---- filters ---- */
  form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: ${token('space-3')} ${token('space-4')};
    margin: 0;
  }
  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-1')} ${token('space-3')};
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend,
  .field {
    color: ${token('color-text-muted')};
  }
  legend {
    float: inline-start;
    width: 100%;
    padding: 0;
    margin-block-end: ${token('space-1')};
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    color: ${token('color-text')};
  }
  .field {
    display: grid;
    gap: ${token('space-1')};
  }
  .search-row {
    display: flex;
    gap: ${token('space-2')};
  }
  input[type='date'],
  input[type='search'] {
    min-height: 2.25rem;
    padding: 0 ${token('space-2')};
    font: inherit;
    color: ${token('color-text')};
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }
  input[type='checkbox'] {
    width: 1rem;
    height: 1rem;
    margin: 0;
    accent-color: ${token('color-accent')};
  }

  .button {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    min-height: 2.25rem;
    padding: 0 ${token('space-3')};
    font: inherit;
    color: ${token('color-text')};
    background: ${token('color-surface-raised')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    cursor: pointer;
  }
  .button:hover {
    background: ${token('color-surface-hover')};
  }
  .button.small {
    min-height: 1.75rem;
    padding: 0 ${token('space-2')};
    font-size: 0.8125rem;
  }
  .button.quiet {
    border-color: transparent;
    background: transparent;
    color: ${token('color-accent')};
    text-decoration: underline;
  }
  .button.primary {
    color: ${token('color-accent-contrast')};
    background: ${token('color-accent')};
    border-color: ${token('color-accent')};
  }
  .button[aria-disabled='true'] {
    cursor: default;
    color: ${token('color-text-muted')};
    background: transparent;
    border-style: dashed;
  }

  /* ---- table ---- */
  table {
    width: 100%;
    /* Separate borders with no spacing look the same as collapsed ones here (cells have a bottom border only), and
       spare the layout resolving each cell's borders against its neighbours': 3% of a 1,000-row render. */
    border-collapse: separate;
    border-spacing: 0;
    font-variant-numeric: tabular-nums;
  }
  /* Not dimmed while the next page loads: faded text would fail contrast. A bar at the top edge says "busy". */
  table[aria-busy='true'] {
    cursor: progress;
  }
  table[aria-busy='true'] thead th {
    box-shadow: inset 0 3px 0 ${token('color-accent')};
  }
  th,
  td {
    padding: ${token('space-2')} ${token('space-3')};
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid ${token('color-border')};
  }
  thead th {
    font-weight: 600;
    /* Headers wrap between words: "Fecha de emisión" or "Importe pendiente" on one line each widen the table past
       the element in several languages (issue #17); balanced, so a two-word header breaks evenly. */
    text-wrap: balance;
    color: ${token('color-text-muted')};
    background: var(--invoice-history-header-background, ${token('color-surface-raised')});
  }
  tbody th {
    font-weight: normal;
  }
  .numeric {
    text-align: end;
  }
  /* Dates and amounts: \`dir="auto"\` on the cell isolates the value like a <bdi>; the cell still lines up with the
     table's direction, whichever way the value runs. */
  tbody td[dir] {
    text-align: left;
  }
  /* Amounts stay on one line (Intl already joins symbol and digits with a no-break space); dates may break between
     words, as "24 de nov. de 2026" needs to in a table that must fit the element (issue #17). */
  tbody td.numeric[dir] {
    white-space: nowrap;
  }
  tbody td.numeric[dir],
  :host(:dir(rtl)) tbody td[dir] {
    text-align: right;
  }
  :host(:dir(rtl)) tbody td.numeric[dir] {
    text-align: left;
  }
  tbody tr:hover {
    background: var(--invoice-history-row-hover, ${token('color-surface-hover')});
  }
  /* Overdue rows carry a bar at the start edge as well as their badge; the badge's word is what says it. */
  tr[data-status='overdue'] > .cell-number {
    box-shadow: inset 4px 0 0 var(--invoice-history-overdue-color, ${token('color-danger')});
  }
  :host(:dir(rtl)) tr[data-status='overdue'] > .cell-number {
    box-shadow: inset -4px 0 0 var(--invoice-history-overdue-color, ${token('color-danger')});
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: 0;
    font: inherit;
    font-weight: 600;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  th[aria-sort='ascending'] .sort,
  th[aria-sort='descending'] .sort {
    color: ${token('color-text')};
  }
  .sort-icon {
    font-size: 0.75em;
  }
  .open {
    padding: 0;
    font: inherit;
    font-weight: 600;
    color: ${token('color-accent')};
    text-decoration: underline;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .cell-number > .badge {
    margin-inline-start: ${token('space-2')};
  }
  /* Alone in its cell, the status badge can be a block as wide as its word: the same pill as an inline one, laid out
     without a line of its own around it (it adds up, a row at a time). Overdue keeps flex, which centres its marker. */
  .cell-status > .badge {
    display: block;
    width: fit-content;
  }
  .cell-status > .badge-marked {
    display: flex;
  }
  .description,
  .corrects {
    display: block;
    margin-block-start: ${token('space-1')};
    color: ${token('color-text-muted')};
    overflow-wrap: anywhere;
  }
  /* The download button's label may wrap between words: "PDF herunterladen" or "Baixar PDF" on one line is what
     pushed the table past the element in longer languages (issue #17). */
  .actions .button {
    text-wrap: balance;
  }
  .actions ::slotted(*) {
    margin-inline-start: ${token('space-1')};
  }
  .skeleton {
    display: inline-block;
    width: 5rem;
    height: 0.875rem;
    border-radius: ${token('radius')};
    background: ${token('color-surface-hover')};
  }
  .skeleton.wide {
    width: 9rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }

  [part~='pagination'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: ${token('space-2')};
    margin-block-start: ${token('space-3')};
  }
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  .notice {
    margin: 0;
    padding: ${token('space-4')};
    border: 1px dashed ${token('color-border')};
    border-radius: ${token('radius')};
  }
  .notice p {
    margin: 0 0 ${token('space-2')};
  }
  .notice-title {
    font-weight: 600;
  }
  .notice.error {
    border: 1px solid ${token('color-danger')};
    background: ${token('color-danger-surface')};
    color: ${token('color-text')};
  }
  .notice.error .notice-title {
    color: ${token('color-danger')};
  }

  /* ---- narrow containers: each row becomes a card ---- */
  /* Not inherited from the page: only the query below sets it. */
  .width-probe {
    --invoice-history-cards: 0;
  }
  /* Rules for the cells also select through \`.cards\`, a class the element gives the table while this query applies
     (it reads --invoice-history-cards back from the width probe: ContainerQueryController). A cell rule in the query
     alone would cost each cell of a wide table a style evaluation, and each label a pseudo-element, though the query
     does not apply. 52rem: the seven columns need about that in German, Dutch or Polish, whose headers and status
     names are single long words (issue #17); narrower, a table would scroll sideways. */
  @container invoice-history (max-width: 52rem) {
    .width-probe {
      --invoice-history-cards: 1;
    }
    /* The header row stays as a bar of sort buttons (hiding it would leave focusable buttons nobody can see). */
    table,
    thead,
    tbody {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')};
      margin-block-end: ${token('space-3')};
    }
    thead th {
      display: block;
      padding: ${token('space-1')} ${token('space-2')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
    }
    thead th:not([aria-sort]) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    tbody tr {
      display: grid;
      grid-template-columns: 1fr 1fr;
      gap: ${token('space-1')} ${token('space-3')};
      margin-block-end: ${token('space-3')};
      padding: ${token('space-3')};
      border: 1px solid ${token('color-border')};
      border-radius: ${token('radius')};
    }
    .cards tbody th,
    .cards tbody td {
      display: grid;
      justify-items: start;
      align-content: start;
      padding: 0;
      border: 0;
      text-align: start;
    }
    /* The number, its badges and the description flow in one block, as on the wide layout. */
    .cards tbody th {
      display: block;
      grid-column: 1 / -1;
    }
    .cards tbody td[dir],
    .cards tbody td.numeric[dir] {
      justify-items: left;
      text-align: left;
    }
    :host(:dir(rtl)) .cards tbody td[dir],
    :host(:dir(rtl)) .cards tbody td.numeric[dir] {
      justify-items: right;
      text-align: right;
    }
    /* Each value's column name, from data-label; the table headers already name it for assistive technology. */
    .cards tbody td[data-label]::before {
      content: attr(data-label) / '';
      font-size: 0.8125em;
      color: ${token('color-text-muted')};
    }
    .cards tbody .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${token('space-2')};
      grid-column: 1 / -1;
    }
  }

  /* ---- tile ---- */
  :host([variant='tile']) [part~='base'] {
    padding: ${token('space-4')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
    background: ${token('color-surface-raised')};
  }
  .tile-list {
    display: grid;
    gap: ${token('space-2')};
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tile-list li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    grid-template-areas: 'main status amount' 'date status amount';
    align-items: center;
    gap: 0 ${token('space-3')};
    padding-block: ${token('space-2')};
    border-block-end: 1px solid ${token('color-border')};
  }
  .tile-main {
    grid-area: main;
  }
  .tile-date {
    grid-area: date;
    color: ${token('color-text-muted')};
  }
  .tile-list .badge {
    grid-area: status;
  }
  .tile-amount {
    grid-area: amount;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  [part~='view-history'] {
    justify-self: start;
  }

  @media (forced-colors: active) {
    tr[data-status='overdue'] > .cell-number {
      border-inline-start: 4px solid Mark;
    }
    .button[aria-disabled='true'] {
      color: GrayText;
    }
  }
`;

export const invoiceHistoryStyles = [base, statusBadgeStyles('invoice-history'), list];
