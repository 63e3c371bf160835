import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { InvoiceHistory } from '../../../src/elements/invoice-history/invoice-history.js';
import meta, * as stories from '../../../stories/invoice-history.stories.js';
import { loadThemes, settled } from './helpers.js';

// Storybook's portable stories do not support web components, so the stories' own templates are rendered here,
// wrapped the way .storybook/preview.ts wraps them (theme class, lang, dir), against the in-browser backend.

type AnyStory = {
  name?: string;
  args?: Record<string, unknown>;
  globals?: Record<string, string>;
  render?: (args: Record<string, unknown>, context: { globals: Record<string, string> }) => TemplateResult;
};

before(loadThemes);

for (const [exportName, story] of Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, AnyStory]>) {
  it(`renders the "${story.name ?? exportName}" story accessibly`, async () => {
    const globals = { theme: 'light', locale: 'en-US', ...story.globals };
    const args = { ...meta.args, ...story.args };
    const render = (story.render ?? meta.render) as NonNullable<AnyStory['render']>;
    const dir = globals.locale.startsWith('ar') ? 'rtl' : 'ltr';
    const wrapper = await fixture<HTMLDivElement>(
      html`<div class="billing-theme-${globals.theme}" lang=${globals.locale} dir=${dir}>${render(args, { globals })}</div>`,
    );
    const element = wrapper.querySelector<InvoiceHistory>('invoice-history')!;
    if (element.state === undefined) await settled(element);
    else await element.updateComplete;
    expect(element.currentState.type).to.not.equal('idle');
    await expect(element).to.be.accessible();
  });
}
