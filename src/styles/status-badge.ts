import { css, unsafeCSS, type CSSResult } from 'lit';
import { token } from './tokens.js';

/**
 * Status and credit-note badges, shared by every element that shows an invoice's status. Each element exposes its own
 * custom properties for the badge colours (`--<element>-paid-color`, `-paid-background`, `-open-color`,
 * `-open-background`, `-overdue-color`, `-overdue-background`), falling back to the global tokens.
 * The word carries the meaning; colour only adds to it, and forced-colours mode keeps the badges legible.
 */
export function statusBadgeStyles(element: 'invoice-history' | 'invoice-detail'): CSSResult {
  const prefix = unsafeCSS(element);
  return css`
  .badge {
    display: inline-flex;
    align-items: center;
    gap: ${token('space-1')};
    padding: 0 ${token('space-2')};
    border: 1px solid currentColor;
    border-radius: 999px;
    font-size: 0.8125rem;
    font-weight: 500;
    line-height: 1.5rem;
    white-space: nowrap;
    color: ${token('color-text-muted')};
    background: ${token('color-surface-raised')};
  }
  .badge[data-status='paid'] {
    color: var(--${prefix}-paid-color, ${token('color-success')});
    background: var(--${prefix}-paid-background, ${token('color-success-surface')});
  }
  .badge[data-status='open'] {
    color: var(--${prefix}-open-color, ${token('color-warning')});
    background: var(--${prefix}-open-background, ${token('color-warning-surface')});
  }
  .badge[data-status='overdue'] {
    font-weight: 700;
    color: var(--${prefix}-overdue-color, ${token('color-danger')});
    background: var(--${prefix}-overdue-background, ${token('color-danger-surface')});
  }
  .badge[data-status='void'] {
    text-decoration: line-through;
  }
  .badge[data-kind] {
    color: ${token('color-info')};
    background: ${token('color-surface')};
  }
  /* The marker is an element (\`.badge-marker\`) or the badge's own \`::before\` (\`.badge-marked\`); hidden from AT. */
  .badge-marked::before {
    content: '!' / '';
  }
  .badge-marker,
  .badge-marked::before {
    display: inline-grid;
    place-items: center;
    width: 1rem;
    height: 1rem;
    border-radius: 50%;
    font-size: 0.75rem;
    color: var(--${prefix}-overdue-background, ${token('color-danger-surface')});
    background: var(--${prefix}-overdue-color, ${token('color-danger')});
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      color: CanvasText;
      background: Canvas;
    }
    .badge-marker,
    .badge-marked::before {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }
  }
`;
}
