/**
 * The resellers that issue the demo's invoices: Northwind Hosting in the UK on every generated invoice, and its
 * German, US and Japanese companies on the EN 16931 scenarios (`seed-en16931.ts`), where who issues the invoice
 * decides its tax treatment.
 */
import type { Seller } from '../../src/api/types.js';

/** Northwind Hosting, a fictitious hosting brand: the reseller on every generated invoice. */
export function seller(logoUrl: string | null): Seller {
  return {
    name: 'Northwind Hosting',
    address: { lines: ['Unit 4, 18 Harbour Street'], city: 'Bristol', postalCode: 'BS1 4RN', region: null, country: 'GB' },
    taxId: 'GB 123 4567 89',
    email: 'billing@northwind.example',
    logoUrl,
  };
}

/** Northwind Hosting Ltd with its UK legal identity in full, for the UK VAT invoice. */
export function sellerUk(logoUrl: string | null): Seller {
  return {
    ...seller(logoUrl),
    name: 'Northwind Hosting Ltd',
    tradingName: 'Northwind Hosting',
    legalRegistration: { id: '09876543', scheme: 'Companies House' },
    legalInformation: 'Registered in England and Wales, company no. 09876543. Registered office: Unit 4, 18 Harbour Street, Bristol BS1 4RN.',
    contact: { name: 'Accounts team', phone: '+44 117 496 0000', email: 'billing@northwind.example' },
  };
}

/** Northwind Hosting GmbH, the German company: domestic and EU invoices. */
export function sellerDe(logoUrl: string | null): Seller {
  return {
    name: 'Northwind Hosting GmbH',
    tradingName: 'Northwind Hosting',
    address: { lines: ['Am Sandtorkai 50'], city: 'Hamburg', postalCode: '20457', region: null, country: 'DE' },
    taxId: 'DE298765431',
    otherTaxRegistrations: [{ id: '22/345/67890', scheme: 'Steuernummer' }],
    legalRegistration: { id: 'HRB 123456', scheme: 'Amtsgericht Hamburg' },
    legalInformation: 'Sitz Hamburg, Amtsgericht Hamburg HRB 123456, Geschäftsführerin: Marta Weber',
    electronicAddress: { id: 'DE298765431', scheme: '9930' },
    contact: { name: 'Buchhaltung', phone: '+49 40 1234 5670', email: 'rechnung@northwind.example' },
    email: 'rechnung@northwind.example',
    logoUrl,
  };
}

/** Northwind Hosting Inc., the US company: collects Washington state and Seattle sales tax. */
export function sellerUs(logoUrl: string | null): Seller {
  return {
    name: 'Northwind Hosting Inc.',
    address: { lines: ['1200 Westlake Avenue N', 'Suite 400'], city: 'Seattle', postalCode: '98109', region: 'WA', country: 'US' },
    taxId: null,
    otherTaxRegistrations: [{ id: '604 123 456', scheme: 'WA UBI' }],
    email: 'billing-us@northwind.example',
    logoUrl,
  };
}

/** ノースウィンド・ホスティング合同会社, a registered issuer of qualified invoices (適格請求書発行事業者). */
export function sellerJp(logoUrl: string | null): Seller {
  return {
    name: 'ノースウィンド・ホスティング合同会社',
    address: { lines: ['港区芝公園4-2-8'], city: '東京都', postalCode: '105-0011', region: null, country: 'JP' },
    // The qualified-invoice issuer registration number (登録番号): T and the 13-digit corporate number.
    taxId: 'T1234567890123',
    // The corporate number (法人番号) the registration number is made of; ICD 0188 is the National Tax Agency's list.
    // It identifies the seller in an e-invoice (EN 16931 BR-CO-26), where a tax registration alone does not.
    legalRegistration: { id: '1234567890123', scheme: '0188' },
    email: 'seikyu@northwind.example',
    logoUrl,
  };
}
