import type { StorybookConfig } from '@storybook/web-components-vite';
import { optionalPdfExtrasAlias } from '../scripts/pdf-extras-alias.ts';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The reference backend runs inside the browser in Storybook (see stories/support/story-backend.ts); only the
  // logo image it links to has to be a real file, served where the backend says it is.
  staticDirs: [{ from: '../demo/backend/assets', to: '/api/assets' }],
  core: { disableTelemetry: true },
  viteFinal: (config) => ({
    ...config,
    resolve: { ...config.resolve, alias: { ...(config.resolve?.alias as object), ...optionalPdfExtrasAlias(new URL('..', import.meta.url).pathname) } },
  }),
};
export default config;
