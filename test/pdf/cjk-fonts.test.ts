import { expect } from '@open-wc/testing';
import type { Invoice } from '../../src/api/types.js';
import { cjkFonts } from '../../packages/pdf-fonts-cjk/index.js';
import { invoiceToPdf, lastPdfRun, registerPdfFonts, type InvoicePdf } from '../../src/pdf/invoice-to-pdf.js';
import { fetchInvoice } from './pdf-fixtures.js';
import { readPdf, squash } from './pdf-reader.js';

// The companion's faces, registered as an app would.
registerPdfFonts(cjkFonts);

/** A customer's name, address and line descriptions in one language, as a customer in that country would have them. */
interface CjkCustomer {
  locale: string;
  name: string;
  address: string[];
  city: string;
  country: string;
  descriptions: string[];
  /** The common subset this invoice should need, and nothing more. */
  face: string;
}

const CUSTOMERS: Record<string, CjkCustomer> = {
  'Simplified Chinese': {
    locale: 'zh-CN',
    name: '上海顾客服务有限公司',
    address: ['浦东新区世纪大道100号', '邮编 200120'],
    city: '上海市',
    country: 'CN',
    descriptions: ['云服务器 (4核 8GB) 月费', '域名注册与邮件服务', '谢谢惠顾：技术支持'],
    face: 'NotoSansSC-Common',
  },
  'Traditional Chinese': {
    locale: 'zh-TW',
    name: '臺灣數位服務股份有限公司',
    address: ['信義區松高路11號', '郵遞區號 110'],
    city: '臺北市',
    country: 'TW',
    descriptions: ['雲端主機（4核心）月費', '網域註冊與電子郵件', '統一發票 營業稅 5%'],
    face: 'NotoSansTC-Common',
  },
  Korean: {
    locale: 'ko-KR',
    name: '주식회사 한빛클라우드',
    address: ['서울특별시 강남구 테헤란로 123', '우편번호 06236'],
    city: '서울',
    country: 'KR',
    descriptions: ['클라우드 서버 월 사용료', '도메인 등록 및 이메일 서비스', '기술 지원 (부가세 포함)'],
    face: 'NotoSansKR-Common',
  },
  Japanese: {
    locale: 'ja-JP',
    name: '株式会社さくらテック',
    address: ['東京都渋谷区神南1-2-3', '〒150-0041'],
    city: '渋谷区',
    country: 'JP',
    descriptions: ['クラウドサーバー（4コア）月額', 'ドメイン登録とメール', '技術サポート・保守'],
    face: 'NotoSansJP-Common',
  },
};

async function invoiceFor(customer: CjkCustomer): Promise<Invoice> {
  const invoice = await fetchInvoice('cus-small', 'inv-small-1');
  return {
    ...invoice,
    seller: { ...invoice.seller, logoUrl: null },
    buyer: { ...invoice.buyer, name: customer.name, address: { ...invoice.buyer.address, lines: customer.address, city: customer.city, country: customer.country } },
    lines: invoice.lines.map((line, index) => ({ ...line, description: customer.descriptions[index % customer.descriptions.length]! })),
  };
}

/** Every text of the invoice that came from the customer's data, each as it should read back. */
function customerTexts(customer: CjkCustomer): string[] {
  return [customer.name, ...customer.address, customer.city, ...customer.descriptions];
}

/** The fonts the PDF downloaded, by file name (the worker's resource timeline, or the page's). */
function fontFiles(): string[] {
  const run = lastPdfRun();
  const names = run?.thread === 'worker' ? run.workerResources : performance.getEntriesByType('resource').map((entry) => entry.name);
  return names.filter((name) => /\.ttf(\.gz)?$/.test(new URL(name).pathname)).map((name) => new URL(name).pathname.split('/').pop()!);
}

describe('CJK invoices in the PDF', () => {
  for (const [language, customer] of Object.entries(CUSTOMERS)) {
    describe(`a ${language} invoice (${customer.locale})`, () => {
      let pdf: InvoicePdf;
      let text: string;
      let downloaded: string[];
      before(async () => {
        const earlier = new Set(fontFiles());
        pdf = await invoiceToPdf(await invoiceFor(customer), { locale: customer.locale });
        downloaded = fontFiles().filter((file) => !earlier.has(file));
        text = squash((await readPdf(pdf.blob)).text);
      });

      it('loses no character: every character of the customer’s text is in the text layer', () => {
        const characters = [...new Set(customerTexts(customer).join('').replace(/\s/g, ''))];
        expect(characters.length).to.be.greaterThan(20);
        expect(characters.filter((character) => !text.includes(squash(character)))).to.deep.equal([]);
      });

      it('prints each of the customer’s strings whole, in order', () => {
        const texts = customerTexts(customer);
        expect(texts.filter((value) => !text.includes(squash(value)))).to.deep.equal([]);
      });

      it('warns about no character', () => {
        expect(pdf.warnings.filter((warning) => warning.kind === 'characters-missing')).to.deep.equal([]);
      });

      it(`downloads the ${customer.face} subset, not the megabyte full faces`, () => {
        // The worker keeps what it downloaded, so a face an earlier PDF fetched is not fetched again.
        expect(fontFiles()).to.include(`${customer.face}.ttf.gz`);
        expect(downloaded.filter((file) => /^NotoSans(JP|SC|TC|KR)-(Regular|Bold)/.test(file))).to.deep.equal([]);
      });
    });
  }

});

describe('CJK characters beyond the common subsets', () => {
  it('prints a Chinese name on a Japanese invoice with the Chinese face (务 邮 谢 顾 are not in Noto Sans JP)', async () => {
    const customer = { ...CUSTOMERS.Japanese!, name: '顾客服务 邮件 谢谢' };
    const pdf = await invoiceToPdf(await invoiceFor(customer), { locale: 'ja-JP' });
    const text = squash((await readPdf(pdf.blob)).text);
    expect(text).to.include('顾客服务 邮件 谢谢');
    expect(pdf.warnings.filter((warning) => warning.kind === 'characters-missing')).to.deep.equal([]);
  });

  it('prints a rarer ideograph (not in the common subset) with the full face', async () => {
    // 髙 (U+9AD9, the "ladder" taka of family names such as 髙橋) is in Noto Sans JP, not in JIS X 0208.
    const customer = { ...CUSTOMERS.Japanese!, name: '髙橋商事 株式会社' };
    const pdf = await invoiceToPdf(await invoiceFor(customer), { locale: 'ja-JP' });
    const text = squash((await readPdf(pdf.blob)).text);
    expect(text).to.include('髙橋商事 株式会社');
    expect(pdf.warnings.filter((warning) => warning.kind === 'characters-missing')).to.deep.equal([]);
    expect(fontFiles()).to.include('NotoSansJP-Regular.ttf.gz');
  });

  for (const [what, character] of [
    ['a character no face has (U+31350, CJK Extension H)', '\u{31350}'],
    // jsPDF reads only a font's 16-bit cmap, so a character beyond U+FFFF cannot be printed even from a face that has it.
    ['a character beyond U+FFFF that jsPDF cannot print (𠮷, U+20BB7)', '\u{20bb7}'],
  ] as const) {
    it(`marks ${what} and names it in the warnings`, async () => {
      const customer = { ...CUSTOMERS['Simplified Chinese']!, name: `上海${character}公司` };
      const pdf = await invoiceToPdf(await invoiceFor(customer), { locale: 'zh-CN' });
      const text = squash((await readPdf(pdf.blob)).text);
      expect(pdf.warnings).to.deep.include({ kind: 'characters-missing', characters: [character] });
      expect(text).to.match(/上海[\u25a1\ufffd?]公司/);
    });
  }
});
