import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import customElements from '../custom-elements.json';
import '../src/styles/themes.css';
import '../src/index.js';

// Docs tables (attributes, properties, events, slots, parts, CSS properties) come from the JSDoc in the source,
// through the custom-elements manifest that `npm run analyze` writes before Storybook starts.
setCustomElementsManifest(customElements);

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: ['light', 'dark', 'auto', 'brand'], dynamicTitle: true },
    },
    locale: {
      description: 'Locale',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en-US', title: 'English (US)' },
          { value: 'de-DE', title: 'Deutsch' },
          { value: 'ja-JP', title: '日本語' },
          { value: 'ar', title: 'العربية (RTL)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en-US' },
  decorators: [
    (story, context) => {
      const theme = context.globals['theme'] ?? 'light';
      const locale = context.globals['locale'] ?? 'en-US';
      const dir = locale.startsWith('ar') ? 'rtl' : 'ltr';
      // The frame is painted with the theme's surface, as docs/theming.md asks of a host, so dark is dark around the element.
      return html`<div
        class="billing-theme-${theme} story-frame"
        style="padding: 1rem; background: var(--billing-color-surface, #fff); color: var(--billing-color-text, #1f2328)"
        lang=${locale}
        dir=${dir}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
  },
};
export default preview;
