import { expect, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import './theme-swatch.js';
import { loadThemes } from './load-themes.js';

// The themes are plain CSS for host pages, so the test loads them the way a host page does.
before(loadThemes);

after(async () => {
  await emulateMedia({ colorScheme: 'light' });
});

// fixtureSync, because open-wc's fixture waits an animation frame for a plain <div>, and Chromium skips animation
// frames in the background page when test files run in parallel (modernweb-dev/web#2588).
async function swatchIn(themeClass: string, style = '') {
  const container = fixtureSync<HTMLElement>(html`<div class=${themeClass} style=${style}><theme-swatch></theme-swatch></div>`);
  const swatch = container.querySelector('theme-swatch')!;
  await swatch.updateComplete;
  return swatch;
}

function surfaceOf(swatch: Element): string {
  return getComputedStyle(swatch.shadowRoot!.querySelector('.surface')!).backgroundColor;
}

describe('themes', () => {
  it('draws the defaults when the page sets no theme', async () => {
    const swatch = await swatchIn('');
    expect(surfaceOf(swatch)).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(swatch).color).to.equal('rgb(31, 35, 40)');
  });

  it('fails the contrast check for a pale text colour, so the checks below do see the swatch', async () => {
    const swatch = await swatchIn('', '--billing-color-text-muted: #b0b0b0');
    await expect(swatch).not.to.be.accessible();
  });

  it('passes contrast checks with the defaults', async () => {
    await expect(await swatchIn('')).to.be.accessible();
  });

  it('passes contrast checks in the light theme', async () => {
    await expect(await swatchIn('billing-theme-light')).to.be.accessible();
  });

  it('passes contrast checks in the dark theme', async () => {
    const swatch = await swatchIn('billing-theme-dark');
    expect(surfaceOf(swatch)).to.equal('rgb(13, 17, 23)');
    await expect(swatch).to.be.accessible();
  });

  it('passes contrast checks in the brand theme', async () => {
    const swatch = await swatchIn('billing-theme-brand');
    expect(getComputedStyle(swatch).getPropertyValue('--billing-radius').trim()).to.equal('14px');
    await expect(swatch).to.be.accessible();
  });

  it('follows a dark system setting in the auto theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const swatch = await swatchIn('billing-theme-auto');
    expect(surfaceOf(swatch)).to.equal('rgb(13, 17, 23)');
    await expect(swatch).to.be.accessible();
  });

  it('follows a light system setting in the auto theme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const swatch = await swatchIn('billing-theme-auto');
    expect(surfaceOf(swatch)).to.equal('rgb(255, 255, 255)');
    await expect(swatch).to.be.accessible();
  });

  it('tightens spacing in the compact density', async () => {
    const container = fixtureSync<HTMLElement>(html`<div class="billing-density-compact"><p>Spacing</p></div>`);
    const probe = container.querySelector('p')!;
    probe.style.padding = 'calc(16px * var(--billing-density, 1))';
    expect(getComputedStyle(probe).paddingTop).to.equal('12px');
  });
});
