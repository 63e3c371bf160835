/**
 * Compile-time test of the contract generator (`scripts/generate-contract.ts`): the types and response checks it writes
 * from `src/api/openapi.yaml` mean what the document means. openapi-typescript, an independent reading of the same
 * YAML, is the reference: `npm run typecheck` writes its output to `generated/openapi.d.ts`, and this file stops
 * compiling the moment a property, a required list, a nullability or an enum comes out differently. It also ties the
 * hand-written `InvoiceQuery` to the list's query parameters.
 */
import type * as v from 'valibot';
import type * as schemas from '../../src/api/schemas.js';
import type {
  Address,
  Attachment,
  Buyer,
  CustomerList,
  CustomerSummary,
  DateRange,
  FieldProblem,
  Invoice,
  InvoiceKind,
  InvoiceLine,
  InvoicePage,
  InvoiceQuery,
  InvoiceReference,
  InvoiceSortField,
  InvoiceStatus,
  InvoiceSummary,
  Money,
  NotificationSettings,
  NotificationToggle,
  Payment,
  PriceSource,
  ProblemDetails,
  SendInvoiceRequest,
  SentEmail,
  Seller,
  SortOrder,
  TaxAmount,
} from '../../src/api/types.js';
import type { components, operations } from './generated/openapi.js';

/**
 * True when each type is assignable to the other AND both have the same keys. Mutual assignability alone misses an
 * optional property that only one side has; the key check catches it. Nested objects are covered because every
 * nested schema is checked on its own below.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? ([keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : false) : false) : false) : false;
type Expect<T extends true> = T;

type Schemas = components['schemas'];

export type SchemaChecks = [
  Expect<Same<Schemas['Money'], Money>>,
  Expect<Same<Schemas['InvoiceStatus'], InvoiceStatus>>,
  Expect<Same<Schemas['InvoiceKind'], InvoiceKind>>,
  Expect<Same<Schemas['InvoiceSortField'], InvoiceSortField>>,
  Expect<Same<Schemas['SortOrder'], SortOrder>>,
  Expect<Same<Schemas['PriceSource'], PriceSource>>,
  Expect<Same<Schemas['DateRange'], DateRange>>,
  Expect<Same<Schemas['InvoiceReference'], InvoiceReference>>,
  Expect<Same<Schemas['InvoiceSummary'], InvoiceSummary>>,
  Expect<Same<Schemas['Address'], Address>>,
  Expect<Same<Schemas['Seller'], Seller>>,
  Expect<Same<Schemas['Buyer'], Buyer>>,
  Expect<Same<Schemas['InvoiceLine'], InvoiceLine>>,
  Expect<Same<Schemas['TaxAmount'], TaxAmount>>,
  Expect<Same<Schemas['Payment'], Payment>>,
  Expect<Same<Schemas['SentEmail'], SentEmail>>,
  Expect<Same<Schemas['Invoice'], Invoice>>,
  Expect<Same<Schemas['InvoicePage'], InvoicePage>>,
  Expect<Same<Schemas['Attachment'], Attachment>>,
  Expect<Same<Schemas['SendInvoiceRequest'], SendInvoiceRequest>>,
  Expect<Same<Schemas['NotificationToggle'], NotificationToggle>>,
  Expect<Same<Schemas['NotificationSettings'], NotificationSettings>>,
  Expect<Same<Schemas['ProblemDetails'], ProblemDetails>>,
  Expect<Same<Schemas['FieldProblem'], FieldProblem>>,
  Expect<Same<Schemas['FieldProblem'], NonNullable<ProblemDetails['errors']>[number]>>,
  Expect<Same<Schemas['CustomerSummary'], CustomerSummary>>,
  Expect<Same<Schemas['CustomerList'], CustomerList>>,
  Expect<Same<Schemas['CustomerList'], { items: CustomerSummary[] }>>,
];

/** The operations carry the right bodies (a wrong $ref in a path would otherwise go unnoticed). */
type Json<Operation, Status extends number> = Operation extends { responses: Record<Status, { content: infer Content }> }
  ? Content extends { 'application/json': infer Body }
    ? Body
    : never
  : never;

export type OperationChecks = [
  Expect<Same<Json<operations['listInvoices'], 200>, InvoicePage>>,
  Expect<Same<Json<operations['getInvoice'], 200>, Invoice>>,
  Expect<Same<Json<operations['sendInvoice'], 201>, SentEmail>>,
  Expect<Same<NonNullable<operations['sendInvoice']['requestBody']>['content']['application/json'], SendInvoiceRequest>>,
  Expect<Same<Json<operations['getNotificationSettings'], 200>, NotificationSettings>>,
  Expect<Same<Json<operations['saveNotificationSettings'], 200>, NotificationSettings>>,
  Expect<Same<NonNullable<operations['saveNotificationSettings']['requestBody']>['content']['application/json'], NotificationSettings>>,
  Expect<Same<operations['saveNotificationSettings']['parameters']['header'], { 'If-Match': string }>>,
  // The list's query parameters are InvoiceQuery's fields; the client leaves out null ones rather than sending them.
  Expect<Same<NonNullable<operations['listInvoices']['parameters']['query']>, { [K in keyof InvoiceQuery]?: NonNullable<InvoiceQuery[K]> }>>,
];

/** The generated response checks produce exactly the contract types (no field left unchecked, none invented). */
export type ResponseSchemaChecks = [
  Expect<Same<v.InferOutput<typeof schemas.moneySchema>, Money>>,
  Expect<Same<v.InferOutput<typeof schemas.dateRangeSchema>, DateRange>>,
  Expect<Same<v.InferOutput<typeof schemas.invoiceReferenceSchema>, InvoiceReference>>,
  Expect<Same<v.InferOutput<typeof schemas.invoiceSummarySchema>, InvoiceSummary>>,
  Expect<Same<v.InferOutput<typeof schemas.addressSchema>, Address>>,
  Expect<Same<v.InferOutput<typeof schemas.sellerSchema>, Seller>>,
  Expect<Same<v.InferOutput<typeof schemas.buyerSchema>, Buyer>>,
  Expect<Same<v.InferOutput<typeof schemas.invoiceLineSchema>, InvoiceLine>>,
  Expect<Same<v.InferOutput<typeof schemas.taxAmountSchema>, TaxAmount>>,
  Expect<Same<v.InferOutput<typeof schemas.paymentSchema>, Payment>>,
  Expect<Same<v.InferOutput<typeof schemas.sentEmailSchema>, SentEmail>>,
  Expect<Same<v.InferOutput<typeof schemas.invoiceSchema>, Invoice>>,
  Expect<Same<v.InferOutput<typeof schemas.invoicePageSchema>, InvoicePage>>,
  Expect<Same<v.InferOutput<typeof schemas.notificationToggleSchema>, NotificationToggle>>,
  Expect<Same<v.InferOutput<typeof schemas.notificationSettingsSchema>, NotificationSettings>>,
  Expect<Same<v.InferOutput<typeof schemas.problemDetailsSchema>, ProblemDetails>>,
  Expect<Same<v.InferOutput<typeof schemas.fieldProblemSchema>, FieldProblem>>,
  Expect<Same<v.InferOutput<typeof schemas.customerSummarySchema>, CustomerSummary>>,
  Expect<Same<v.InferOutput<typeof schemas.customerListSchema>, CustomerList>>,
];
