// Storybook's portable stories do not support web components, so each story's own template is rendered here the way
// Storybook renders it (args, loaders, globals), and checked for what it promises and for accessibility.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as stories from '../../../stories/invoice-detail.stories.js';
import type { InvoiceDetail } from '../../../src/elements/invoice-detail/invoice-detail.js';
import { readPdf } from '../../pdf/pdf-reader.js';

type AnyStory = {
  args?: Record<string, unknown>;
  globals?: Record<string, unknown>;
  loaders?: Array<(context: unknown) => Promise<Record<string, unknown>>>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
};

const meta = stories.default as unknown as AnyStory;
const named = Object.entries(stories).filter(([name]) => name !== 'default') as Array<[string, AnyStory]>;

async function load(story: AnyStory): Promise<{ args: Record<string, unknown>; globals: Record<string, unknown>; loaded: Record<string, unknown> }> {
  const args = { ...meta.args, ...story.args };
  const globals = { locale: 'en-US', ...story.globals };
  let loaded: Record<string, unknown> = {};
  for (const loader of story.loaders ?? []) loaded = { ...loaded, ...(await loader({ args, globals })) };
  return { args, globals, loaded };
}

async function renderStory(story: AnyStory): Promise<HTMLElement> {
  const { args, globals, loaded } = await load(story);
  const render = story.render ?? meta.render!;
  return fixture<HTMLElement>(render(args, { args, globals, loaded }) as TemplateResult);
}

describe('invoice-detail stories', () => {
  for (const [name, story] of named.filter(([name]) => !name.startsWith('GeneratedPdf'))) {
    it(`renders ${name} accessibly`, async () => {
      const wrapper = await renderStory(story);
      const element = wrapper.matches('invoice-detail') ? (wrapper as InvoiceDetail) : wrapper.querySelector<InvoiceDetail>('invoice-detail')!;
      await waitUntil(() => element.currentState.type !== 'loading' || element.state?.type === 'loading', `${name} never finished loading`, { timeout: 15000 });
      await element.updateComplete;
      if (story.play) await story.play({ canvasElement: wrapper.parentElement! });
      expect(element.shadowRoot!.textContent!.trim().length).to.be.greaterThan(0);
      await expect(element).to.be.accessible();
    });
  }

  // The PDF stories show the file in an <iframe>; Chromium's PDF viewer is not what is under test, so the file the
  // story would show is read instead.
  for (const [name, story] of named.filter(([name]) => name.startsWith('GeneratedPdf'))) {
    it(`makes the PDF that ${name} shows`, async () => {
      const { loaded } = await load(story);
      const url = loaded['url'] as string;
      expect(url).to.match(/^blob:/);
      const read = await readPdf(await (await fetch(url)).blob());
      expect(read.pageCount).to.be.greaterThan(0);
      expect(loaded['warnings']).to.deep.equal([]);
    });
  }

  it('covers every state, the currencies, a credit note, 300 lines, MSRP, non-Latin text, the dialog and the PDF', () => {
    expect(named.map(([name]) => name)).to.include.members([
      'Loaded',
      'Loading',
      'NotFound',
      'LoadFailed',
      'CreditNote',
      'Euro',
      'PoundSterling',
      'Yen',
      'KuwaitiDinar',
      'ThreeHundredLines',
      'ResellerViewWithMsrp',
      'Cyrillic',
      'Arabic',
      'SendDialog',
      'GeneratedPdf',
    ]);
  });
});
