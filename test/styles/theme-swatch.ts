import { css, html, LitElement } from 'lit';
import { base } from '../../src/styles/base.js';
import { token } from '../../src/styles/tokens.js';
import { defineElement } from '../../src/define.js';

/** Every foreground/background pair the elements draw, in one element, for axe to check the contrast of. */
export class ThemeSwatch extends LitElement {
  static override styles = [
    base,
    css`
      .surface { background: ${token('color-surface')}; }
      .raised { background: ${token('color-surface-raised')}; }
      .hover { background: ${token('color-surface-hover')}; }
      .text { color: ${token('color-text')}; }
      .muted { color: ${token('color-text-muted')}; }
      .accent { color: ${token('color-accent')}; }
      .danger { color: ${token('color-danger')}; }
      .warning { color: ${token('color-warning')}; }
      .success { color: ${token('color-success')}; }
      .info { color: ${token('color-info')}; }
      .badge-danger { color: ${token('color-danger')}; background: ${token('color-danger-surface')}; }
      .badge-warning { color: ${token('color-warning')}; background: ${token('color-warning-surface')}; }
      .badge-success { color: ${token('color-success')}; background: ${token('color-success-surface')}; }
      .button { color: ${token('color-accent-contrast')}; background: ${token('color-accent')}; }
    `,
  ];

  override render() {
    const foregrounds = ['text', 'muted', 'accent', 'danger', 'warning', 'success', 'info'];
    return html`
      ${['surface', 'raised', 'hover'].map(
        (surface) => html`<div class=${surface}>${foregrounds.map((fg) => html`<span class=${fg}>${fg} on ${surface}</span> `)}</div>`,
      )}
      <div class="surface">
        <span class="badge-danger">Overdue</span>
        <span class="badge-warning">Open</span>
        <span class="badge-success">Paid</span>
        <span class="button">Save</span>
      </div>
    `;
  }
}

defineElement('theme-swatch', ThemeSwatch);

declare global {
  interface HTMLElementTagNameMap {
    'theme-swatch': ThemeSwatch;
  }
}
