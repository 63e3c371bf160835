import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The global design tokens every element reads, with the value each falls back to when the page sets none
 * (the light theme). A page themes all elements at once by setting `--billing-<name>` on any ancestor;
 * `themes.css` has ready-made light, dark and branded sets, and `docs/theming.md` says what each token changes.
 *
 * Colour pairs are chosen to pass WCAG AA: text, text-muted, accent, danger, warning, success and info reach
 * 4.5:1 on surface, surface-raised and surface-hover; each status colour reaches 4.5:1 on its own `-surface`;
 * accent-contrast reaches 4.5:1 on accent; border and focus reach 3:1 on the surfaces.
 */
export const TOKEN_DEFAULTS = {
  /** Body text. */
  'color-text': '#1f2328',
  /** Secondary text: captions, dates, table headers, hints. */
  'color-text-muted': '#59636e',
  /** The background elements sit on. */
  'color-surface': '#ffffff',
  /** Panels, cards and table headers that stand out from the surface. */
  'color-surface-raised': '#f6f8fa',
  /** Rows and buttons under the pointer. */
  'color-surface-hover': '#eef1f4',
  /** Dividers and form-control outlines. */
  'color-border': '#818b98',
  /** Links, primary buttons, the selected state. */
  'color-accent': '#0b57d0',
  /** Text and icons drawn on the accent colour. */
  'color-accent-contrast': '#ffffff',
  /** The keyboard focus ring. */
  'color-focus': '#0b57d0',
  /** Errors, overdue invoices. */
  'color-danger': '#b3261e',
  /** Background of error messages and "overdue" badges. */
  'color-danger-surface': '#fce8e6',
  /** Warnings, open invoices. */
  'color-warning': '#7a4d00',
  /** Background of warnings and "open" badges. */
  'color-warning-surface': '#fff4d6',
  /** Success messages, paid invoices. */
  'color-success': '#116329',
  /** Background of success messages and "paid" badges. */
  'color-success-surface': '#dafbe1',
  /** Neutral notices, credit notes. */
  'color-info': '#0b57d0',
  /** Typeface of all text. */
  'font-family': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  /** Base text size; headings and captions scale from it. */
  'font-size': '0.875rem',
  /** Corner radius of buttons, fields, panels and badges. */
  radius: '6px',
  /** Spacing multiplier: 1 is comfortable, 0.75 compact. Scales every `--billing-space-*` default. */
  density: '1',
  /** Spacing scale, smallest to largest; the defaults scale with `--billing-density`. */
  'space-1': 'calc(4px * var(--billing-density, 1))',
  'space-2': 'calc(8px * var(--billing-density, 1))',
  'space-3': 'calc(12px * var(--billing-density, 1))',
  'space-4': 'calc(16px * var(--billing-density, 1))',
  'space-5': 'calc(24px * var(--billing-density, 1))',
  'space-6': 'calc(32px * var(--billing-density, 1))',
} as const;

export type TokenName = keyof typeof TOKEN_DEFAULTS;

/**
 * A token for use inside `css```, with its default as fallback: `color: ${token('color-text')}` is
 * `color: var(--billing-color-text, #1f2328)`. Element-specific properties wrap it:
 * `var(--invoice-history-row-hover, ${token('color-surface-hover')})`.
 */
export function token(name: TokenName): CSSResult {
  // The values are the constants above, never user input, so unsafeCSS is safe here.
  return unsafeCSS(`var(--billing-${name}, ${TOKEN_DEFAULTS[name]})`);
}
