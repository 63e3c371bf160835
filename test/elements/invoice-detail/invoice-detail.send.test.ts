import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InvoiceSentEvent } from '../../../src/elements/invoice-detail/invoice-detail.events.js';
import type { InvoiceDetail } from '../../../src/elements/invoice-detail/invoice-detail.js';
import type { InvoiceSendDialog } from '../../../src/elements/invoice-detail/invoice-send-dialog.js';
import { shownEmail } from '../../email/shown-email.js';
import { readPdf } from '../../pdf/pdf-reader.js';
import { api, detail, dialogQuery, openDialog, query, settled, typeInto, visibleText } from './helpers.js';

async function outbox(tenant: string): Promise<Array<{ id: string; to: string[]; cc: string[]; bcc: string[]; subject: string; attachment: { filename: string } }>> {
  const response = await fetch('/api/outbox', { headers: { 'X-Billing-Tenant': tenant } });
  return (await response.json()).items;
}

async function submit(dialog: InvoiceSendDialog): Promise<void> {
  dialogQuery(dialog, 'button[type="submit"]').click();
  await dialog.updateComplete;
}

/** Waits until a send attempt has finished (the Send button is usable again). */
async function sendFinished(dialog: InvoiceSendDialog): Promise<void> {
  await waitUntil(() => dialogQuery(dialog, 'button[type="submit"]').getAttribute('aria-disabled') === 'false', 'sending never finished', {
    timeout: 15000,
  });
  await dialog.updateComplete;
}

describe('<invoice-detail> send dialog', () => {
  it('opens a modal dialog prefilled with the customer’s billing e-mail, subject and message', async () => {
    const invoice = await api().getInvoice('cus-small', 'inv-small-2');
    const element = await detail('cus-small', 'inv-small-2');
    const dialog = await openDialog(element);
    expect(dialogQuery<HTMLDialogElement>(dialog, 'dialog').open).to.equal(true);
    expect(dialogQuery<HTMLInputElement>(dialog, '#to').value).to.equal(invoice.buyer.email);
    expect(dialogQuery<HTMLInputElement>(dialog, '#subject').value).to.contain(invoice.number);
    // No greeting in the message: the e-mail template greets the customer by name.
    expect(dialogQuery<HTMLTextAreaElement>(dialog, '#message').value).to.equal('Please find your invoice attached. Thank you for your business.');
    expect(dialog.shadowRoot!.activeElement?.id).to.equal('to');
    await expect(dialog).to.be.accessible();
  });

  it('closes on Escape and keeps what was typed', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    let dialog = await openDialog(element);
    await typeInto(dialog, 'subject', 'Kept subject');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
    dialog = await openDialog(element);
    expect(dialogQuery<HTMLInputElement>(dialog, '#subject').value).to.equal('Kept subject');
  });

  it('sends to several To, CC and BCC addresses, fires invoice-sent and lists the e-mail in the history', async () => {
    const tenant = `send-${crypto.randomUUID()}`;
    const invoice = await api({ tenant }).getInvoice('cus-small', 'inv-small-2');
    const element = await detail('cus-small', 'inv-small-2', api({ tenant }));
    const dialog = await openDialog(element);
    await typeInto(dialog, 'to', 'ada@bakery.example, accounts@bakery.example');
    await typeInto(dialog, 'cc', 'boss@bakery.example');
    await typeInto(dialog, 'bcc', 'archive@northwind.example');
    await typeInto(dialog, 'subject', 'Your November invoice');
    const sent = oneEvent(element, 'invoice-sent') as Promise<InvoiceSentEvent>;
    await submit(dialog);
    const event = await sent;
    expect(event.email.to).to.deep.equal(['ada@bakery.example', 'accounts@bakery.example']);
    expect(event.invoice.id).to.equal(invoice.id);
    await waitUntil(() => !dialog.open, 'the dialog stayed open after sending');
    await element.updateComplete;
    expect(query(element, '[part~="history"]').textContent).to.contain('Your November invoice');
    expect(query(element, '[part~="sent-notice"]').textContent).to.contain('ada@bakery.example');
    const [entry] = await outbox(tenant);
    expect(entry!.cc).to.deep.equal(['boss@bakery.example']);
    expect(entry!.bcc).to.deep.equal(['archive@northwind.example']);
    expect(entry!.attachment.filename).to.equal(`invoice-${invoice.number}.pdf`);
  });

  it('attaches the same PDF the user can download', async () => {
    const tenant = `send-${crypto.randomUUID()}`;
    const invoice = await api({ tenant }).getInvoice('cus-small', 'inv-small-1');
    const element = await detail('cus-small', 'inv-small-1', api({ tenant }));
    const dialog = await openDialog(element);
    const sent = oneEvent(element, 'invoice-sent') as Promise<InvoiceSentEvent>;
    await submit(dialog);
    const { email } = await sent;
    const pdf = await fetch(`/api/outbox/${encodeURIComponent(email.id)}/attachment`, { headers: { 'X-Billing-Tenant': tenant } });
    const read = await readPdf(await pdf.blob());
    expect(read.text).to.include(invoice.number);
  });

  it('refuses invalid addresses, marks the field and moves focus to it, and sends nothing', async () => {
    const tenant = `send-${crypto.randomUUID()}`;
    const element = await detail('cus-small', 'inv-small-2', api({ tenant }));
    const dialog = await openDialog(element);
    await typeInto(dialog, 'to', 'ada@bakery.example, not-an-address');
    await typeInto(dialog, 'cc', 'javascript:alert(1)');
    await submit(dialog);
    expect(dialogQuery(dialog, '#to').getAttribute('aria-invalid')).to.equal('true');
    expect(dialogQuery(dialog, '#to-error').textContent).to.contain('not-an-address');
    expect(dialogQuery(dialog, '#cc-error').textContent).to.contain('javascript:alert(1)');
    expect(dialog.shadowRoot!.activeElement?.id).to.equal('to');
    expect(await outbox(tenant)).to.deep.equal([]);
    await expect(dialog).to.be.accessible();
  });

  it('needs at least one To address and a subject', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    const dialog = await openDialog(element);
    await typeInto(dialog, 'to', '  ');
    await typeInto(dialog, 'subject', '');
    await submit(dialog);
    expect(dialogQuery(dialog, '#to-error').textContent).to.contain('at least one address');
    expect(dialogQuery(dialog, '#subject-error').textContent).to.contain('Enter a subject');
  });

  it('refuses more than 50 recipients in all', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    const dialog = await openDialog(element);
    await typeInto(dialog, 'to', Array.from({ length: 51 }, (_, index) => `user${index}@example.com`).join(', '));
    await submit(dialog);
    expect(dialogQuery(dialog, '#to-error').textContent).to.contain('At most 50');
  });

  it('clears a field’s error as soon as it is corrected', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    const dialog = await openDialog(element);
    await typeInto(dialog, 'to', 'broken');
    await submit(dialog);
    await typeInto(dialog, 'to', 'ada@bakery.example');
    expect(dialogQuery(dialog, '#to').getAttribute('aria-invalid')).to.equal('false');
  });

  it('shows a preview of the e-mail in a sandboxed frame that runs no script', async () => {
    const element = await detail('cus-small', 'inv-small-2');
    const dialog = await openDialog(element);
    await typeInto(dialog, 'message', 'Hello <script>parent.hacked = true</script> there');
    dialogQuery(dialog, '.preview-toggle').click();
    await dialog.updateComplete;
    const frame = dialogQuery<HTMLIFrameElement>(dialog, 'iframe');
    expect(frame.sandbox.contains('allow-scripts')).to.equal(false);
    await waitUntil(() => shownEmail(frame), 'preview never shown');
    expect(shownEmail(frame)!.body.textContent).to.contain('Hello <script>parent.hacked = true</script> there');
    expect(shownEmail(frame)!.querySelector('script')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((window as unknown as { hacked?: boolean }).hacked).to.equal(undefined);
  });

  for (const [fault, message] of [
    ['status=500', 'had a problem'],
    ['status=503', 'had a problem'],
    ['status=429', 'Too many e-mails'],
    ['status=401', 'Sign in again'],
    ['status=403', 'not allowed to send'],
    ['status=422', 'refused the e-mail'],
    ['status=413', 'too large'],
    ['body=malformed', 'had a problem'],
  ] as const) {
    it(`explains a failed send (${fault}) and keeps everything typed`, async () => {
      let failSend = false;
      const element = await detail('cus-small', 'inv-small-2', api({ faults: () => (failSend ? fault : null) }));
      const dialog = await openDialog(element);
      await typeInto(dialog, 'to', 'ada@bakery.example, second@bakery.example');
      await typeInto(dialog, 'subject', 'Typed subject');
      await typeInto(dialog, 'message', 'Typed message');
      failSend = true;
      await submit(dialog);
      await sendFinished(dialog);
      expect(dialogQuery(dialog, '.alert').textContent).to.contain(message);
      expect(dialog.open).to.equal(true);
      expect(dialogQuery<HTMLInputElement>(dialog, '#to').value).to.equal('ada@bakery.example, second@bakery.example');
      expect(dialogQuery<HTMLInputElement>(dialog, '#subject').value).to.equal('Typed subject');
      expect(dialogQuery<HTMLTextAreaElement>(dialog, '#message').value).to.equal('Typed message');
      await expect(dialog).to.be.accessible();
    });
  }

  it('explains a send that times out', async () => {
    let failSend = false;
    const element = await detail('cus-small', 'inv-small-2', api({ faults: () => (failSend ? 'hang' : null), timeoutMs: 1500 }));
    const dialog = await openDialog(element);
    failSend = true;
    await submit(dialog);
    await sendFinished(dialog);
    expect(dialogQuery(dialog, '.alert').textContent).to.contain('took too long');
  });

  it('sends after a failure once the backend answers again, without retyping', async () => {
    let failSend = false;
    const element = await detail('cus-small', 'inv-small-2', api({ faults: () => (failSend ? 'status=503' : null) }));
    const dialog = await openDialog(element);
    await typeInto(dialog, 'subject', 'Second try');
    failSend = true;
    await submit(dialog);
    await sendFinished(dialog);
    failSend = false;
    const sent = oneEvent(element, 'invoice-sent') as Promise<InvoiceSentEvent>;
    await submit(dialog);
    expect((await sent).email.subject).to.equal('Second try');
  });

  for (const fault of ['body=malformed', 'drop'] as const) {
    it(`a retry after a send whose answer was lost (${fault}) does not e-mail the customer twice`, async () => {
      const tenant = `send-${crypto.randomUUID()}`;
      let failSend = false;
      const element = await detail('cus-small', 'inv-small-2', api({ tenant, faults: () => (failSend ? fault : null) }));
      const dialog = await openDialog(element);
      await typeInto(dialog, 'subject', 'Sent once');
      failSend = true;
      await submit(dialog);
      await sendFinished(dialog);
      expect(dialogQuery(dialog, '.alert').textContent).to.not.equal('');
      expect((await outbox(tenant)).length, 'the lost send did reach the outbox').to.equal(1);
      failSend = false;
      const sent = oneEvent(element, 'invoice-sent') as Promise<InvoiceSentEvent>;
      await submit(dialog);
      const { email } = await sent;
      const entries = await outbox(tenant);
      expect(entries.map((entry) => entry.id)).to.deep.equal([email.id]);
    });
  }

  it('sends again after a failure once the form was edited: an edited form is a new submission', async () => {
    const tenant = `send-${crypto.randomUUID()}`;
    let failSend = false;
    const element = await detail('cus-small', 'inv-small-2', api({ tenant, faults: () => (failSend ? 'body=malformed' : null) }));
    const dialog = await openDialog(element);
    failSend = true;
    await submit(dialog);
    await sendFinished(dialog);
    failSend = false;
    await typeInto(dialog, 'subject', 'Corrected subject');
    const sent = oneEvent(element, 'invoice-sent') as Promise<InvoiceSentEvent>;
    await submit(dialog);
    await sent;
    expect((await outbox(tenant)).map((entry) => entry.subject).sort()).to.deep.equal(['Corrected subject', dialogQuery<HTMLInputElement>(dialog, '#subject').value].sort());
  });

  it('sends a second e-mail when the user sends again after a success', async () => {
    const tenant = `send-${crypto.randomUUID()}`;
    const element = await detail('cus-small', 'inv-small-2', api({ tenant }));
    for (const round of [1, 2]) {
      const dialog = await openDialog(element);
      const sent = oneEvent(element, 'invoice-sent') as Promise<InvoiceSentEvent>;
      await submit(dialog);
      await sent;
      await waitUntil(() => !dialog.open, `the dialog stayed open after send ${round}`);
    }
    expect((await outbox(tenant)).length).to.equal(2);
  });

  it('refuses a subject with a line break (a mail header injection), says why and keeps the draft', async () => {
    const tenant = `send-${crypto.randomUUID()}`;
    // Hosts' strings and data (the seller's name) reach the prefilled subject; a text input cannot take a line break.
    const element = await settled(
      await fixture<InvoiceDetail>(html`<invoice-detail
        customer-id="cus-small"
        invoice-id="inv-small-2"
        locale="en-US"
        .messages=${{ defaultSubject: () => 'Your invoice\r\nBcc: thief@evil.example' }}
        .dataSource=${api({ tenant })}
      ></invoice-detail>`),
    );
    const dialog = await openDialog(element);
    await typeInto(dialog, 'cc', 'boss@bakery.example');
    await submit(dialog);
    expect(dialogQuery(dialog, '#subject').getAttribute('aria-invalid')).to.equal('true');
    expect(dialogQuery(dialog, '#subject-error').textContent).to.contain('one line');
    expect(dialog.shadowRoot!.activeElement?.id).to.equal('subject');
    expect(dialogQuery<HTMLInputElement>(dialog, '#cc').value).to.equal('boss@bakery.example');
    expect(await outbox(tenant)).to.deep.equal([]);
    await expect(dialog).to.be.accessible();
  });

  it('does not offer Send when there is no data source to send through', async () => {
    const invoice = await api().getInvoice('cus-small', 'inv-small-2');
    const { detailOf } = await import('./helpers.js');
    const element = await detailOf(invoice, null);
    expect(element.shadowRoot!.querySelector('[part~="send"]')).to.equal(null);
    expect(visibleText(element)).to.contain(invoice.number);
  });
});
