import { css } from 'lit';
import { token } from './tokens.js';

/**
 * The sheet every element starts with: `static styles = [base, css`…`]`. It makes the element a block that honours
 * `hidden`, sets text from the tokens, draws one visible focus ring, and offers `.visually-hidden` for text that is
 * for screen readers only.
 */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: ${token('font-family')};
    font-size: ${token('font-size')};
    line-height: 1.5;
    color: ${token('color-text')};
  }

  :host([hidden]),
  [hidden] {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }

  :focus-visible {
    outline: 2px solid ${token('color-focus')};
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* Forced colours replace the token colours; the system highlight keeps the focus ring visible. */
  @media (forced-colors: active) {
    :focus-visible {
      outline: 2px solid Highlight;
    }
  }
`;
