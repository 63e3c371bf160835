import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { html, render } from 'lit';
import { emailFrame, withInertStyles } from '../../src/email/email-frame.js';
import { renderInvoiceEmail } from '../../src/email/render-invoice-email.js';
import { SAMPLE_EMAIL, SAMPLE_INVOICE } from '../../src/email/sample-invoice.js';
import { asShown, shownEmail, shownHtml } from './shown-email.js';

const BRANDING = { logoUrl: null, controlPanelUrl: 'https://panel.example/', websiteUrl: 'https://www.example/' };

function email(message: string = SAMPLE_EMAIL.message): string {
  return renderInvoiceEmail({ invoice: SAMPLE_INVOICE, settings: BRANDING, locale: 'en-US', ...SAMPLE_EMAIL, message }).html;
}

function show(container: HTMLElement, content: string): void {
  render(html`<iframe sandbox="allow-same-origin" title="Preview" ${emailFrame(content)}></iframe>`, container);
}

async function frameShowing(container: HTMLElement, content: string): Promise<HTMLIFrameElement> {
  show(container, content);
  const frame = container.querySelector('iframe')!;
  await waitUntil(() => shownHtml(frame).includes(SAMPLE_INVOICE.number) || shownHtml(frame).includes('probe'), 'the e-mail was never shown');
  return frame;
}

describe('emailFrame', () => {
  it('shows the e-mail exactly, its inline styles applied', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const frame = await frameShowing(container, email());
    expect(shownHtml(frame)).to.equal(asShown(email()));
    expect(getComputedStyle(shownEmail(frame)!.body).backgroundColor).to.equal('rgb(244, 245, 247)');
  });

  it('lays the e-mail out in standards mode, as its doctype asks', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const frame = await frameShowing(container, email());
    expect(shownEmail(frame)!.compatMode).to.equal('CSS1Compat');
  });

  it('shows a changed e-mail in place, without reloading the frame', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const frame = await frameShowing(container, email());
    let loads = 0;
    frame.addEventListener('load', () => loads++);
    show(container, email('A second message'));
    expect(container.querySelector('iframe')).to.equal(frame);
    expect(shownEmail(frame)!.body.textContent).to.contain('A second message');
    expect(loads).to.equal(0);
  });

  it('shows the e-mail again after the frame is moved, which reloads it', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div><section></section>`);
    const frame = await frameShowing(container, email());
    container.nextElementSibling!.append(frame);
    await waitUntil(() => shownHtml(frame).includes(SAMPLE_INVOICE.number), 'the moved frame stayed empty');
  });

  it('keeps text that looks like a style attribute as text', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const message = 'Please read <b style="color:red">this</b> and title=" style="x"';
    const frame = await frameShowing(container, email(message));
    expect(shownEmail(frame)!.body.textContent).to.contain(message);
    expect(shownEmail(frame)!.querySelector('b')).to.equal(null);
  });

  it('leaves a clicked link inert: the preview does not navigate', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const frame = await frameShowing(container, email());
    frame.style.height = '60rem';
    const link = shownEmail(frame)!.querySelector<HTMLAnchorElement>('a[href="https://panel.example/"]')!;
    expect(link.target).to.equal('_blank');
    expect([...link.relList]).to.include.members(['noopener', 'noreferrer']);
    let loads = 0;
    frame.addEventListener('load', () => loads++);
    const frameBox = frame.getBoundingClientRect();
    const linkBox = link.getBoundingClientRect();
    // A real click: a script's click() is no user activation, so would not show what a person's click does.
    await sendMouse({
      type: 'click',
      position: [Math.round(frameBox.left + frame.clientLeft + linkBox.left + linkBox.width / 2), Math.round(frameBox.top + frame.clientTop + linkBox.top + linkBox.height / 2)],
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(loads, 'the frame loaded another document').to.equal(0);
    expect(frame.contentDocument?.URL).to.equal('about:srcdoc');
    expect(shownHtml(frame)).to.contain(SAMPLE_INVOICE.number);
  });

  it('runs nothing the HTML contains', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const hostile = '<!DOCTYPE html><html><body><p>probe</p><script>parent.emailFrameRan = 1</script><img src="data:," onload="parent.emailFrameRan = 2"></body></html>';
    const frame = await frameShowing(container, hostile);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as { emailFrameRan?: number }).emailFrameRan).to.equal(undefined);
    expect(frame.sandbox.contains('allow-scripts')).to.equal(false);
  });
});

describe('withInertStyles', () => {
  it('renames style attributes and nothing else, not even "style=" inside another value', () => {
    expect(withInertStyles('<td align="right" style="padding:6px 0;" title="a style=&quot;b&quot;">x style="y"</td>')).to.equal(
      '<td align="right" data-billing-style="padding:6px 0;" title="a style=&quot;b&quot;">x style="y"</td>',
    );
  });

  it('leaves an e-mail with no styles unchanged', () => {
    const plain = '<!DOCTYPE html><html lang="en"><body><p>Hello</p><br></body></html>';
    expect(withInertStyles(plain)).to.equal(plain);
  });
});
