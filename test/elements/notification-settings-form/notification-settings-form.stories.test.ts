import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { NotificationSettingsForm } from '../../../src/elements/notification-settings-form/notification-settings-form.js';
import * as stories from '../../../stories/notification-settings-form.stories.js';

// Storybook's portable stories do not support web components, so the stories' own loaders and templates are rendered
// here, the way Storybook would, and each is checked for what it claims to show.
interface StoryLike {
  args?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  loaders?: Array<(context: unknown) => Promise<Record<string, unknown>>>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
}

const meta = stories.default as unknown as StoryLike;
const expectedState: Record<string, string> = {
  View: 'view',
  Loading: 'loading',
  LoadFailed: 'error-loading',
  Edit: 'editing',
  Invalid: 'editing',
  Saving: 'saving',
  Saved: 'view',
  Conflict: 'conflict',
  SaveFailed: 'editing',
  Dark: 'editing',
  RightToLeft: 'editing',
  German: 'editing',
  Japanese: 'conflict',
  Themed: 'view',
};

async function renderStory(name: string): Promise<NotificationSettingsForm> {
  const story = (stories as unknown as Record<string, StoryLike>)[name]!;
  const args = { ...meta.args, ...story.args };
  const globals = { locale: 'en-US', theme: 'light', ...story.globals };
  const loaded = Object.assign({}, ...(await Promise.all((story.loaders ?? []).map((load) => load({ args, globals })))));
  const render = story.render ?? meta.render!;
  const root = await fixture<HTMLElement>(render(args, { args, globals, loaded }));
  return root.querySelector('notification-settings-form')!;
}

describe('notification-settings-form stories', () => {
  for (const [name, kind] of Object.entries(expectedState)) {
    it(`${name} shows the ${kind} state, accessibly`, async () => {
      const el = await renderStory(name);
      await waitUntil(() => el.currentState.type === kind, `story ${name} shows "${el.currentState.type}"`);
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  }

  it('has a story for every named export', () => {
    const exported = Object.keys(stories).filter((name) => name !== 'default');
    expect(exported.sort()).to.deep.equal(Object.keys(expectedState).sort());
  });
});
