import type { ErrorMessages } from './error-messages.js';

/** Arabic for the shared error messages (`error-messages.ts`); included by each element's Arabic catalog. */
export default {
  errorNetwork: 'تعذّر الوصول إلى خدمة الفوترة. تحقّق من الاتصال ثم حاول مرة أخرى.',
  errorTimeout: 'استغرقت خدمة الفوترة وقتًا طويلًا للرد. حاول مرة أخرى.',
  errorUnauthorized: 'انتهت جلستك. سجّل الدخول مرة أخرى.',
  errorForbidden: 'غير مسموح لك بتنفيذ هذا الإجراء.',
  errorRateLimited: 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى.',
  errorServer: 'حدثت مشكلة في خدمة الفوترة. حاول مرة أخرى بعد قليل.',
  errorInvalidResponse: 'تعذّرت قراءة رد خدمة الفوترة. حاول مرة أخرى.',
  errorInvalidRequest: 'لم تقبل خدمة الفوترة الطلب.',
  errorUnknown: 'حدث خطأ ما. حاول مرة أخرى.',
} satisfies ErrorMessages;
