import { expect, fixture, fixtureSync } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, html, LitElement } from 'lit';
import { base } from '../../src/styles/base.js';
import { token, TOKEN_DEFAULTS } from '../../src/styles/tokens.js';
import { defineElement } from '../../src/define.js';

class BaseProbe extends LitElement {
  // `.flex` gives the hidden paragraph a display of its own, as element styles do: the browser's `[hidden]` rule
  // loses to it, so only the base sheet's `!important` can hide it.
  static override styles = [base, css`.spaced { padding: ${token('space-4')}; } .flex { display: flex; }`];
  override render() {
    return html`
      <button>Focusable</button>
      <p class="spaced">Spaced</p>
      <p class="flex" hidden>Hidden</p>
      <span class="visually-hidden">For screen readers</span>
    `;
  }
}
defineElement('base-probe', BaseProbe);

const part = (probe: BaseProbe, selector: string) => probe.shadowRoot!.querySelector<HTMLElement>(selector)!;

// A probe inside a plain <div> carrying page styles. fixtureSync, because open-wc's fixture waits an animation frame
// for a plain <div>, and Chromium skips those in the background page when test files run in parallel
// (modernweb-dev/web#2588).
async function probeWithPageStyle(style: string): Promise<BaseProbe> {
  const container = fixtureSync<HTMLElement>(html`<div style=${style}><base-probe></base-probe></div>`);
  const probe = container.querySelector<BaseProbe>('base-probe')!;
  await probe.updateComplete;
  return probe;
}

describe('base styles', () => {
  it('makes the element a block', async () => {
    const probe = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
    expect(getComputedStyle(probe).display).to.equal('block');
  });

  it('hides the element when it has the hidden attribute', async () => {
    const probe = await fixture<BaseProbe>(html`<base-probe hidden></base-probe>`);
    expect(getComputedStyle(probe).display).to.equal('none');
  });

  it('hides hidden content inside the element, even content its own styles display', async () => {
    const probe = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
    expect(getComputedStyle(part(probe, '[hidden]')).display).to.equal('none');
  });

  it('draws a focus ring in the focus colour on keyboard focus', async () => {
    const probe = await probeWithPageStyle('--billing-color-focus: rgb(255, 0, 0)');
    await sendKeys({ press: 'Tab' });
    const button = part(probe, 'button');
    expect(button.matches(':focus-visible')).to.equal(true);
    expect(getComputedStyle(button).outlineStyle).to.equal('solid');
    expect(getComputedStyle(button).outlineColor).to.equal('rgb(255, 0, 0)');
  });

  it('takes text from the tokens set on the page', async () => {
    const probe = await probeWithPageStyle('--billing-color-text: rgb(1, 2, 3); --billing-font-size: 20px');
    const style = getComputedStyle(probe);
    expect(style.color).to.equal('rgb(1, 2, 3)');
    expect(style.fontSize).to.equal('20px');
  });

  it('scales the default spacing with the density', async () => {
    const probe = await probeWithPageStyle('--billing-density: 0.5');
    expect(getComputedStyle(part(probe, '.spaced')).paddingTop).to.equal('8px');
  });

  it('keeps visually hidden text out of the layout but in the accessibility tree', async () => {
    const probe = await fixture<BaseProbe>(html`<base-probe></base-probe>`);
    const text = part(probe, '.visually-hidden');
    expect(text.getBoundingClientRect().width).to.be.at.most(1);
    expect(getComputedStyle(text).display).to.not.equal('none');
    await expect(probe).to.be.accessible();
  });
});

describe('token', () => {
  it('is the custom property with its default as fallback', () => {
    expect(token('color-text').cssText).to.equal(`var(--billing-color-text, ${TOKEN_DEFAULTS['color-text']})`);
  });
});
