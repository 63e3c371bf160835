import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import type { BillingDataSource } from '../src/api/data-source.js';
import { BillingError } from '../src/api/errors.js';
import type { VersionedSettings } from '../src/api/types.js';
import '../src/context/billing-provider.js';
import '../src/elements/notification-settings-form/notification-settings-form.js';
import { draftFromSettings } from '../src/elements/notification-settings-form/settings-draft.js';
import type { SettingsFormState } from '../src/elements/notification-settings-form/settings-form-state.js';
import { failingDataSource, hangingDataSource, storyDataSource } from './support/story-backend.js';

interface FormArgs {
  noPreview: boolean;
}

type Story = StoryObj<FormArgs>;

/** The in-browser backend's settings, so every state starts from what the live form would load. */
const loadSettings = async () => ({ saved: await storyDataSource.getSettings() });

function savedOf(loaded: Record<string, unknown>): VersionedSettings {
  return loaded['saved'] as VersionedSettings;
}

function frame(locale: string, dataSource: BillingDataSource | null, content: TemplateResult): TemplateResult {
  return html`<billing-provider .dataSource=${dataSource} locale=${locale}>${content}</billing-provider>`;
}

/**
 * A story that shows one state. The element keeps a state it was given while the user edits; a story of a state
 * that the first load would replace (view, loading, load errors) gets no data source or a broken one instead.
 */
function stateStory(build: (saved: VersionedSettings) => SettingsFormState, dataSource: BillingDataSource | null = storyDataSource): Story {
  return {
    loaders: [loadSettings],
    render: (args, { globals, loaded }) =>
      frame(
        globals['locale'] ?? 'en-US',
        dataSource,
        html`<notification-settings-form .state=${build(savedOf(loaded))} ?no-preview=${args.noPreview}></notification-settings-form>`,
      ),
  };
}

const meta: Meta<FormArgs> = {
  title: 'Elements/notification-settings-form',
  component: 'notification-settings-form',
  argTypes: { noPreview: { control: 'boolean', name: 'no-preview' } },
  args: { noPreview: false },
  render: (args, { globals }) =>
    frame(
      globals['locale'] ?? 'en-US',
      storyDataSource,
      html`<notification-settings-form ?no-preview=${args.noPreview}></notification-settings-form>`,
    ),
};
export default meta;

/** Loads the reseller's settings from the in-browser reference backend; Edit, change, Save all work. */
export const View: Story = {};

export const Loading: Story = {
  render: (args, { globals }) =>
    frame(globals['locale'] ?? 'en-US', hangingDataSource(), html`<notification-settings-form ?no-preview=${args.noPreview}></notification-settings-form>`),
};

export const LoadFailed: Story = {
  render: (args, { globals }) =>
    frame(globals['locale'] ?? 'en-US', failingDataSource(503), html`<notification-settings-form ?no-preview=${args.noPreview}></notification-settings-form>`),
};

export const Edit: Story = stateStory((saved) => ({ type: 'editing', saved, draft: draftFromSettings(saved.settings) }));

/** Every kind of problem at once: a `javascript:` logo, a relative control-panel link, a plain-http website. */
export const Invalid: Story = stateStory((saved) => ({
  type: 'editing',
  saved,
  draft: { ...draftFromSettings(saved.settings), logoUrl: 'javascript:alert(document.cookie)', controlPanelUrl: '/login', websiteUrl: 'http://northwind.example' },
}));

export const Saving: Story = stateStory((saved) => ({
  type: 'saving',
  saved,
  draft: { ...draftFromSettings(saved.settings), websiteUrl: 'https://www.northwind.example/hosting' },
}));

export const Saved: Story = stateStory((saved) => ({ type: 'view', saved, justSaved: true }), null);

/** Someone else changed the website while this user changed the control-panel link. */
export const Conflict: Story = stateStory((saved) => ({
  type: 'conflict',
  saved,
  draft: { ...draftFromSettings(saved.settings), controlPanelUrl: 'https://my.northwind.example' },
  theirs: { etag: '"story-theirs"', settings: { ...saved.settings, websiteUrl: 'https://northwind-hosting.example' } },
  choices: { websiteUrl: 'theirs', controlPanelUrl: 'mine' },
}));

export const SaveFailed: Story = stateStory((saved) => ({
  type: 'editing',
  saved,
  draft: { ...draftFromSettings(saved.settings), websiteUrl: 'https://www.northwind.example/hosting' },
  saveError: new BillingError('network', 'Failed to fetch'),
}));

export const Dark: Story = { ...Edit, globals: { theme: 'dark' } };

export const RightToLeft: Story = { ...Edit, globals: { locale: 'ar' } };

export const German: Story = { ...Invalid, globals: { locale: 'de-DE' } };

export const Japanese: Story = { ...Conflict, globals: { locale: 'ja-JP' } };

/** A white-label portal's own words, colours and extra help. */
export const Themed: Story = {
  render: (_args, { globals }) =>
    frame(
      globals['locale'] ?? 'en-US',
      storyDataSource,
      html`
        <notification-settings-form
          style="--notification-settings-form-accent: #7a1fa2; --billing-radius: 14px;"
          .messages=${{ heading: 'Your brand in customer e-mails', edit: 'Change branding' }}
        >
          <p slot="intro">These appear in every e-mail your customers receive from us.</p>
          <span slot="logo-help">PNG or SVG, at most 600 × 200 px, on a host you control.</span>
        </notification-settings-form>
      `,
    ),
};
