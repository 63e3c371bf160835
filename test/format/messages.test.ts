import { expect } from '@open-wc/testing';
import { directionOf, languageOf, lazyLanguages, resolveMessages, type Translations } from '../../src/format/messages.js';

const translations: Translations<{ title: string; save: string; count: (n: number) => string }> = {
  en: { title: 'Invoices', save: 'Save', count: (n: number) => (n === 1 ? '1 invoice' : `${n} invoices`) },
  de: { title: 'Rechnungen', count: (n: number) => (n === 1 ? '1 Rechnung' : `${n} Rechnungen`) },
};

describe('resolveMessages', () => {
  it('gives the strings of the locale', () => {
    expect(resolveMessages(translations, 'de').title).to.equal('Rechnungen');
  });

  it('takes the language of a regional locale (de-AT → de)', () => {
    expect(resolveMessages(translations, 'de-AT').title).to.equal('Rechnungen');
  });

  it('reads the locale case-insensitively', () => {
    expect(resolveMessages(translations, 'DE-at').title).to.equal('Rechnungen');
  });

  it('falls back to English for a string the language leaves out', () => {
    expect(resolveMessages(translations, 'de').save).to.equal('Save');
  });

  it('falls back to English for a language it does not ship', () => {
    expect(resolveMessages(translations, 'fi-FI').title).to.equal('Invoices');
  });

  it("lets the host's overrides win over every language", () => {
    const messages = resolveMessages(translations, 'de', { title: 'Ihre Belege' });
    expect(messages.title).to.equal('Ihre Belege');
    expect(messages.save).to.equal('Save');
  });

  it('keeps message functions callable', () => {
    expect(resolveMessages(translations, 'de').count(3)).to.equal('3 Rechnungen');
  });

  it('treats null overrides as none', () => {
    expect(resolveMessages(translations, 'en', null).title).to.equal('Invoices');
  });
});

describe('languageOf', () => {
  it('keys Brazilian and European Portuguese to the one Portuguese catalog', () => {
    expect(languageOf('pt-BR')).to.equal('pt');
    expect(languageOf('pt-PT')).to.equal('pt');
  });

  it('keys Simplified Chinese to zh, written out or implied', () => {
    expect(languageOf('zh-CN')).to.equal('zh');
    expect(languageOf('zh-Hans-SG')).to.equal('zh');
    expect(languageOf('zh')).to.equal('zh');
  });

  it('keeps Traditional Chinese apart from Simplified (zh-TW, zh-HK, zh-Hant)', () => {
    expect(languageOf('zh-TW')).to.equal('zh-Hant');
    expect(languageOf('zh-HK')).to.equal('zh-Hant');
    expect(languageOf('zh-Hant')).to.equal('zh-Hant');
  });

  it('gives a Traditional Chinese reader English, not the Simplified catalog', () => {
    const chinese: Translations<{ title: string }> = { en: { title: 'Invoices' }, zh: { title: '发票' } };
    expect(resolveMessages(chinese, 'zh-TW').title).to.equal('Invoices');
    expect(resolveMessages(chinese, 'zh-CN').title).to.equal('发票');
  });
});

describe('directionOf', () => {
  it('is rtl for Arabic', () => {
    expect(directionOf('ar')).to.equal('rtl');
  });

  it('is rtl for Hebrew in a region', () => {
    expect(directionOf('he-IL')).to.equal('rtl');
  });

  it('is ltr for English and Japanese', () => {
    expect(directionOf('en-US')).to.equal('ltr');
    expect(directionOf('ja')).to.equal('ltr');
  });

  it('is ltr for a locale that is not one', () => {
    expect(directionOf('not a locale!')).to.equal('ltr');
  });
});

describe('lazyLanguages', () => {
  type Strings = { title: string; save: string };

  it('adds a language to the translations when its catalog arrives', async () => {
    const translations: Translations<Strings> = { en: { title: 'Invoices', save: 'Save' } };
    const languages = lazyLanguages(translations, { de: async () => ({ default: { title: 'Rechnungen' } }) });
    expect(resolveMessages(translations, 'de').title).to.equal('Invoices');
    await languages['de']!.load();
    expect(resolveMessages(translations, 'de-AT').title).to.equal('Rechnungen');
    expect(resolveMessages(translations, 'de').save).to.equal('Save');
  });

  it('leaves the language in English when its catalog cannot be loaded', async () => {
    const translations: Translations<Strings> = { en: { title: 'Invoices', save: 'Save' } };
    const languages = lazyLanguages(translations, { de: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')) });
    expect(await languages['de']!.load()).to.deep.equal({});
    expect(resolveMessages(translations, 'de').title).to.equal('Invoices');
  });
});

describe('languageOf', () => {
  it('is the language subtag of a locale, lower-cased', () => {
    expect(languageOf('DE-at')).to.equal('de');
  });

  it('is English for an empty locale', () => {
    expect(languageOf('')).to.equal('en');
  });
});
