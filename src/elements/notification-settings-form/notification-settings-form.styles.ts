import { css } from 'lit';
import { token } from '../../styles/tokens.js';

export const styles = css`
  :host {
    container-type: inline-size;
  }

  [part='base'] {
    display: grid;
    gap: var(--notification-settings-form-gap, ${token('space-5')});
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }

  /* Form and preview side by side when there is room. */
  @container (min-width: 56rem) {
    [part='base'].with-preview {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    }
  }

  h2,
  h3 {
    margin: 0 0 ${token('space-3')};
    font-size: 1.15em;
    line-height: 1.3;
  }

  h3 {
    font-size: 1em;
  }

  [part='panel'] {
    display: grid;
    gap: ${token('space-4')};
    padding: var(--notification-settings-form-padding, ${token('space-4')});
    background: var(--notification-settings-form-background, ${token('color-surface')});
    border: 1px solid var(--notification-settings-form-border-color, ${token('color-border')});
    border-radius: ${token('radius')};
  }

  form {
    display: grid;
    gap: ${token('space-4')};
    margin: 0;
  }

  [part~='field'] {
    display: grid;
    gap: ${token('space-1')};
  }

  [part~='label'] {
    font-weight: 600;
  }

  [part~='help'],
  [part='logo-size'] {
    margin: 0;
    color: ${token('color-text-muted')};
  }

  [part~='input'] {
    width: 100%;
    min-height: 2.5em;
    padding: ${token('space-2')} ${token('space-3')};
    font: inherit;
    color: inherit;
    background: ${token('color-surface')};
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }

  [part~='input'][aria-invalid='true'] {
    border-color: ${token('color-danger')};
    border-width: 2px;
  }

  [part~='message'] {
    margin: 0;
    padding: ${token('space-1')} ${token('space-2')};
    border-radius: ${token('radius')};
    overflow-wrap: anywhere;
  }

  [part~='message'].error {
    color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
  }

  [part~='message'].warning {
    color: ${token('color-warning')};
    background: ${token('color-warning-surface')};
  }

  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }

  legend {
    padding: 0;
    margin-bottom: ${token('space-1')};
  }

  .toggles {
    display: grid;
    gap: ${token('space-2')};
    margin: ${token('space-2')} 0 0;
    padding: 0;
    list-style: none;
  }

  [part~='toggle'] {
    display: flex;
    gap: ${token('space-2')};
    align-items: center;
  }

  [part~='toggle'] input {
    width: 1.1em;
    height: 1.1em;
    margin: 0;
    accent-color: var(--notification-settings-form-accent, ${token('color-accent')});
  }

  dl {
    display: grid;
    gap: ${token('space-3')};
    margin: 0;
  }

  dt {
    font-weight: 600;
  }

  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  a {
    color: var(--notification-settings-form-accent, ${token('color-accent')});
  }

  [part='logo'] {
    display: block;
    max-width: min(100%, 300px);
    max-height: 100px;
    object-fit: contain;
  }

  .state {
    font-size: 0.9em;
    color: ${token('color-text-muted')};
  }

  [part='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${token('space-2')};
  }

  [part~='button'] {
    min-height: 2.5em;
    padding: ${token('space-2')} ${token('space-4')};
    font: inherit;
    font-weight: 600;
    color: var(--notification-settings-form-accent, ${token('color-accent')});
    background: ${token('color-surface')};
    border: 1px solid currentColor;
    border-radius: ${token('radius')};
    cursor: pointer;
  }

  [part~='button']:hover:not(:disabled) {
    background: ${token('color-surface-hover')};
  }

  [part~='primary'] {
    color: ${token('color-accent-contrast')};
    background: var(--notification-settings-form-accent, ${token('color-accent')});
    border-color: var(--notification-settings-form-accent, ${token('color-accent')});
  }

  [part~='primary']:hover:not(:disabled) {
    color: ${token('color-accent-contrast')};
    background: var(--notification-settings-form-accent, ${token('color-accent')});
    filter: brightness(0.9);
  }

  [part~='button']:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  [part~='alert'] {
    display: grid;
    gap: ${token('space-2')};
    justify-items: start;
    padding: ${token('space-3')};
    color: ${token('color-danger')};
    background: ${token('color-danger-surface')};
    border-radius: ${token('radius')};
  }

  [part~='alert'] p {
    margin: 0;
  }

  /* Always rendered (a live region must exist before its text changes), so it takes no room while empty. */
  [part='status'] {
    margin: 0;
    color: ${token('color-success')};
  }

  [part='conflict'] {
    display: grid;
    gap: ${token('space-3')};
  }

  [part='conflict'] table {
    width: 100%;
    border-collapse: collapse;
  }

  [part='conflict'] th,
  [part='conflict'] td {
    padding: ${token('space-2')};
    text-align: start;
    vertical-align: top;
    border-bottom: 1px solid ${token('color-border')};
    overflow-wrap: anywhere;
  }

  [part='conflict'] label {
    display: flex;
    gap: ${token('space-1')};
    align-items: flex-start;
  }

  [part='preview'] {
    display: grid;
    gap: ${token('space-2')};
  }

  iframe {
    width: 100%;
    min-height: var(--notification-settings-form-preview-height, 36rem);
    background: #ffffff;
    border: 1px solid ${token('color-border')};
    border-radius: ${token('radius')};
  }

  @media (forced-colors: active) {
    [part~='input'][aria-invalid='true'],
    [part~='message'],
    [part~='alert'] {
      border: 2px solid CanvasText;
    }

    [part~='primary'] {
      forced-color-adjust: none;
      color: ButtonFace;
      background: ButtonText;
    }
  }
`;
