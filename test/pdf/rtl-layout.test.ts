import { expect } from '@open-wc/testing';
import { getDocument } from 'pdfjs-dist';
import type { Invoice } from '../../src/api/types.js';
import { resolveMessages } from '../../src/format/messages.js';
import { invoiceToPdf, type InvoicePdf } from '../../src/pdf/invoice-to-pdf.js';
import { pdfTranslations } from '../../src/pdf/pdf.messages.js';
import { fetchInvoice } from './pdf-fixtures.js';
import './pdf-reader.js';

/** A text item of the first page: its text (NFKC, so Arabic presentation forms read as letters), left edge and width. */
interface Placed {
  text: string;
  x: number;
  width: number;
}

async function placedItems(pdf: InvoicePdf): Promise<{ items: Placed[]; pageWidth: number }> {
  const loading = getDocument({ data: new Uint8Array(await pdf.blob.arrayBuffer()) });
  const document = await loading.promise;
  try {
    const page = await document.getPage(1);
    const content = await page.getTextContent();
    const items = content.items.flatMap((item) =>
      'str' in item && item.str.trim() ? [{ text: item.str.normalize('NFKC').trim(), x: item.transform[4] as number, width: item.width }] : [],
    );
    return { items, pageWidth: page.view[2]! - page.view[0]! };
  } finally {
    await loading.destroy();
  }
}

/** The drawn item whose text is `text`; fails the test when there is none or more than one. */
function itemOf(items: Placed[], text: string): Placed {
  const found = items.filter((item) => item.text === text.normalize('NFKC').trim());
  expect(found.map((item) => item.text), `one item reads "${text}"`).to.have.length(1);
  return found[0]!;
}

describe('right-to-left PDFs', () => {
  let invoice: Invoice;
  before(async () => {
    const source = await fetchInvoice('cus-kwd', 'inv-kwd-29');
    invoice = { ...source, seller: { ...source.seller, logoUrl: null } };
  });

  // Hebrew is laid out by the same code (pdf-direction.ts), but has no built-in font yet: it is not tested here.
  for (const [language, locale] of [['Arabic', 'ar-KW']] as const) {
    describe(`${language} (${locale})`, () => {
      const messages = resolveMessages(pdfTranslations, locale, null);
      let placed: { items: Placed[]; pageWidth: number };
      let pdf: InvoicePdf;
      before(async () => {
        pdf = await invoiceToPdf(invoice, { locale });
        placed = await placedItems(pdf);
      });

      it('prints every label with a glyph (no character missing)', () => {
        expect(pdf.warnings.filter((warning) => warning.kind === 'characters-missing')).to.deep.equal([]);
      });

      it('puts the line table’s columns in reverse order: the description on the right, the amount on the left', () => {
        const description = itemOf(placed.items, messages.description);
        const amount = itemOf(placed.items, messages.amount);
        expect(amount.x + amount.width).to.be.below(description.x);
        expect(description.x + description.width).to.be.above(placed.pageWidth * 0.8);
      });

      it('puts the totals on the left', () => {
        const total = itemOf(placed.items, messages.total);
        expect(total.x + total.width).to.be.below(placed.pageWidth / 2);
      });

      it('puts the title on the left and the bill-to block on the right', () => {
        const title = itemOf(placed.items, messages.invoiceTitle);
        const billTo = itemOf(placed.items, messages.billTo);
        expect(title.x).to.be.below(placed.pageWidth / 4);
        expect(billTo.x + billTo.width).to.be.above(placed.pageWidth * 0.75);
      });
    });
  }

  it('keeps a left-to-right invoice as it was: the description on the left, the totals on the right', async () => {
    const messages = resolveMessages(pdfTranslations, 'en-GB', null);
    const { items, pageWidth } = await placedItems(await invoiceToPdf(invoice, { locale: 'en-GB' }));
    expect(itemOf(items, messages.description).x).to.be.below(itemOf(items, messages.amount).x);
    expect(itemOf(items, messages.total).x).to.be.above(pageWidth / 2);
  });
});
