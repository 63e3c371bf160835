/**
 * What Northwind Hosting sells, in the languages of the seeded customers: hosting, domains, e-mail and extras, each
 * with the unit it is billed in and a platform MSRP. The seed builds every invoice line from these products.
 */

/** The languages seeded customers read their invoices in. */
export type SeedLanguage = 'en' | 'de' | 'fr' | 'ja' | 'zh' | 'ar' | 'bg' | 'el';

export interface Product {
  sku: string;
  /** Product name per language. */
  names: Record<SeedLanguage, string>;
  /** What one of `quantities` counts; named per language by `UNIT_NAMES`. */
  unit: Unit;
  /** MSRP per unit in US cents; converted per currency by `priceIn`. */
  msrpUsdCents: number;
  /** Whether a line bills a service period (hosting, mailboxes) or a one-off. */
  periodic: boolean;
  /** Quantities this product is typically bought in (decimal strings, up to 3 decimals). */
  quantities: readonly string[];
}

export const PRODUCTS: readonly Product[] = [
  {
    sku: 'HOST-STARTER',
    names: { en: 'Web Hosting Starter', de: 'Webhosting Starter', ja: 'ウェブホスティング スターター', ar: 'استضافة مواقع - الباقة الأساسية', bg: 'Уеб хостинг Стартов', el: 'Φιλοξενία ιστοσελίδων Starter', fr: 'Hébergement web Starter', zh: '网站托管 入门版' },
    unit: 'month',
    msrpUsdCents: 499,
    periodic: true,
    quantities: ['1', '3', '12'],
  },
  {
    sku: 'HOST-BUSINESS',
    names: { en: 'Web Hosting Business', de: 'Webhosting Business', ja: 'ウェブホスティング ビジネス', ar: 'استضافة مواقع - باقة الأعمال', bg: 'Уеб хостинг Бизнес', el: 'Φιλοξενία ιστοσελίδων Business', fr: 'Hébergement web Business', zh: '网站托管 商务版' },
    unit: 'month',
    msrpUsdCents: 1299,
    periodic: true,
    quantities: ['1', '6', '12'],
  },
  {
    sku: 'VPS-4GB',
    names: { en: 'Cloud VPS 4 GB', de: 'Cloud-VPS 4 GB', ja: 'クラウドVPS 4GB', ar: 'خادم سحابي افتراضي 4 جيجابايت', bg: 'Облачен VPS 4 GB', el: 'Cloud VPS 4 GB', fr: 'VPS cloud 4 Go', zh: '云服务器 VPS 4 GB' },
    unit: 'month',
    msrpUsdCents: 2400,
    periodic: true,
    quantities: ['1', '1', '3'],
  },
  {
    sku: 'DOMAIN-COM',
    names: { en: 'Domain registration .com', de: 'Domainregistrierung .com', ja: 'ドメイン登録 .com', ar: 'تسجيل نطاق ‎.com', bg: 'Регистрация на домейн .com', el: 'Καταχώριση τομέα .com', fr: 'Enregistrement de domaine .com', zh: '域名注册 .com' },
    unit: 'year',
    msrpUsdCents: 1399,
    periodic: false,
    quantities: ['1', '1', '2'],
  },
  {
    sku: 'DOMAIN-RENEW',
    names: { en: 'Domain renewal', de: 'Domainverlängerung', ja: 'ドメイン更新', ar: 'تجديد نطاق', bg: 'Подновяване на домейн', el: 'Ανανέωση τομέα', fr: 'Renouvellement de domaine', zh: '域名续费' },
    unit: 'year',
    msrpUsdCents: 1199,
    periodic: false,
    quantities: ['1', '1', '3'],
  },
  {
    sku: 'MAIL-BOX',
    names: { en: 'Business e-mail mailbox', de: 'Business-E-Mail-Postfach', ja: 'ビジネスメール メールボックス', ar: 'صندوق بريد إلكتروني للأعمال', bg: 'Бизнес пощенска кутия', el: 'Επαγγελματικό γραμματοκιβώτιο', fr: 'Boîte e-mail professionnelle', zh: '企业邮箱' },
    unit: 'mailbox',
    msrpUsdCents: 299,
    periodic: true,
    quantities: ['1', '5', '12', '25'],
  },
  {
    sku: 'BACKUP-GB',
    names: { en: 'Additional backup storage', de: 'Zusätzlicher Backup-Speicher', ja: '追加バックアップ容量', ar: 'مساحة نسخ احتياطي إضافية', bg: 'Допълнително място за архиви', el: 'Επιπλέον χώρος αντιγράφων ασφαλείας', fr: 'Stockage de sauvegarde supplémentaire', zh: '额外备份存储空间' },
    unit: 'GB',
    msrpUsdCents: 12,
    periodic: true,
    quantities: ['0.5', '12.5', '250', '1024'],
  },
  {
    sku: 'TRAFFIC-TB',
    names: { en: 'Extra bandwidth', de: 'Zusätzliches Datenvolumen', ja: '追加転送量', ar: 'نطاق ترددي إضافي', bg: 'Допълнителен трафик', el: 'Επιπλέον εύρος ζώνης', fr: 'Bande passante supplémentaire', zh: '额外带宽' },
    unit: 'TB',
    msrpUsdCents: 899,
    periodic: true,
    quantities: ['0.25', '1.125', '2.375'],
  },
  {
    sku: 'SSL-DV',
    names: { en: 'SSL certificate (DV)', de: 'SSL-Zertifikat (DV)', ja: 'SSL証明書 (DV)', ar: 'شهادة SSL (DV)', bg: 'SSL сертификат (DV)', el: 'Πιστοποιητικό SSL (DV)', fr: 'Certificat SSL (DV)', zh: 'SSL 证书（DV）' },
    unit: 'year',
    msrpUsdCents: 4900,
    periodic: false,
    quantities: ['1'],
  },
  {
    sku: 'SETUP',
    names: { en: 'One-time setup', de: 'Einmalige Einrichtung', ja: '初期設定費用', ar: 'رسوم إعداد لمرة واحدة', bg: 'Еднократна настройка', el: 'Εφάπαξ εγκατάσταση', fr: 'Mise en service unique', zh: '一次性开通服务' },
    unit: 'service',
    msrpUsdCents: 2500,
    periodic: false,
    quantities: ['1'],
  },
];

/** Language-specific words the seed puts on invoices. */
export const SEED_PHRASES: Record<SeedLanguage, { creditFor: string; notes: string; terms: (days: number) => string; taxLabel: string }> = {
  en: { creditFor: 'Credit for', notes: 'Thank you for hosting with Northwind.', terms: (days) => `Payment due within ${days} days.`, taxLabel: 'Tax' },
  de: { creditFor: 'Gutschrift zu', notes: 'Vielen Dank, dass Sie bei Northwind hosten.', terms: (days) => `Zahlbar innerhalb von ${days} Tagen.`, taxLabel: 'USt.' },
  fr: { creditFor: 'Avoir sur', notes: 'Merci d’héberger vos services chez Northwind.', terms: (days) => `Paiement à ${days} jours.`, taxLabel: 'TVA' },
  ja: { creditFor: '返金:', notes: 'Northwind をご利用いただきありがとうございます。', terms: (days) => `お支払い期限は${days}日以内です。`, taxLabel: '消費税' },
  zh: { creditFor: '贷项通知单，对应发票', notes: '感谢您选择 Northwind 托管服务。', terms: (days) => `请于 ${days} 天内付款。`, taxLabel: '增值税' },
  ar: { creditFor: 'إشعار دائن للفاتورة', notes: 'شكراً لاختياركم استضافة نورثويند.', terms: (days) => `يستحق الدفع خلال ${days} يوماً.`, taxLabel: 'الضريبة' },
  bg: { creditFor: 'Кредитно известие към', notes: 'Благодарим ви, че използвате Northwind.', terms: (days) => `Плащане в срок от ${days} дни.`, taxLabel: 'ДДС' },
  el: { creditFor: 'Πιστωτικό για', notes: 'Σας ευχαριστούμε που επιλέξατε τη Northwind.', terms: (days) => `Πληρωμή εντός ${days} ημερών.`, taxLabel: 'ΦΠΑ' },
};

/** The units products are billed in (`Product.unit`). */
export type Unit = 'month' | 'year' | 'mailbox' | 'GB' | 'TB' | 'service';

/**
 * Each unit as the customer reads it, in their language: a line's `unit` is printed as sent, so the backend names it
 * in the buyer's language as it names the product.
 */
export const UNIT_NAMES: Record<SeedLanguage, Record<Unit, string>> = {
  en: { month: 'month', year: 'year', mailbox: 'mailbox', GB: 'GB', TB: 'TB', service: 'service' },
  de: { month: 'Monat', year: 'Jahr', mailbox: 'Postfach', GB: 'GB', TB: 'TB', service: 'Leistung' },
  fr: { month: 'mois', year: 'an', mailbox: 'boîte e-mail', GB: 'Go', TB: 'To', service: 'prestation' },
  ja: { month: 'か月', year: '年', mailbox: 'メールボックス', GB: 'GB', TB: 'TB', service: '式' },
  zh: { month: '月', year: '年', mailbox: '个邮箱', GB: 'GB', TB: 'TB', service: '项' },
  ar: { month: 'شهر', year: 'سنة', mailbox: 'صندوق بريد', GB: 'غيغابايت', TB: 'تيرابايت', service: 'خدمة' },
  bg: { month: 'месец', year: 'година', mailbox: 'пощенска кутия', GB: 'ГБ', TB: 'ТБ', service: 'услуга' },
  el: { month: 'μήνας', year: 'έτος', mailbox: 'γραμματοκιβώτιο', GB: 'GB', TB: 'TB', service: 'υπηρεσία' },
};

/** Appended to some lines so layouts meet descriptions that wrap many times. */
export const LONG_DESCRIPTION_SUFFIX =
  ' — includes daily off-site backups kept for 30 days, free SSL certificates for every hosted domain, staging ' +
  'environments, malware scanning, a 99.9 % uptime commitment with service credits, priority support by phone and ' +
  'e-mail around the clock, and migration assistance for up to five existing websites from another provider';

/** Integer US cents → the same price in another currency's minor units, rounded half up (fixed demo rates). */
export function priceIn(currency: string, usdCents: number): number {
  // Rates as integer fractions so the conversion stays exact: minor units per 100 US cents.
  const perHundredCents: Record<string, number> = { USD: 100, EUR: 92, GBP: 79, JPY: 150, KWD: 307, CNY: 720 };
  const factor = perHundredCents[currency];
  if (factor === undefined) throw new RangeError(`No demo rate for ${currency}`);
  return Math.floor((usdCents * factor + 50) / 100);
}
