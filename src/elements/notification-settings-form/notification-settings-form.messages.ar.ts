import type { NotificationSettingsFormMessages } from './notification-settings-form.messages.js';

/** The Arabic strings of `<notification-settings-form>`, loaded the first time the element speaks Arabic. */
export default {
  heading: 'هوية رسائل البريد الإلكتروني',
  loading: 'جارٍ تحميل الإعدادات…',
  loadFailed: 'تعذّر تحميل الإعدادات.',
  retry: 'إعادة المحاولة',
  logoLabel: 'الشعار',
  logoHelp: 'عنوان صورة شعارك، وتظهر أعلى كل رسالة بريد إلكتروني إلى العملاء.',
  controlPanelLabel: 'لوحة تحكم العميل',
  controlPanelHelp: 'المكان الذي يسجّل فيه العملاء الدخول لإدارة خدماتهم.',
  websiteLabel: 'الموقع الإلكتروني',
  websiteHelp: 'موقعك الإلكتروني، ويظهر رابطه أسفل كل رسالة.',
  notificationsLabel: 'إشعارات العملاء',
  notificationsHelp: 'رسائل البريد الإلكتروني التي يتلقاها عملاؤك بهويتك.',
  noNotifications: 'لا توجد إشعارات متاحة.',
  enabled: 'مفعّل',
  disabled: 'معطّل',
  none: 'لا يوجد',
  logoAlt: 'شعارك',
  edit: 'تعديل',
  save: 'حفظ',
  saving: 'جارٍ الحفظ…',
  cancel: 'إلغاء',
  saved: 'تم حفظ الإعدادات.',
  logoChecking: 'جارٍ التحقق من الصورة…',
  logoSize: (width, height) => `${width} × ${height} بكسل`,
  issueNotAbsolute: 'أدخل عنوانًا كاملًا يبدأ بـ https://',
  issueUnsafeScheme: 'يُسمح فقط بعناوين الويب التي تبدأ بـ https:// أو http://.',
  issueTooLong: (length, max) => `طول هذا العنوان ${length} حرفًا، والحد الأقصى ${max}.`,
  issueLogoFailed: 'تعذّر تحميل صورة من هذا العنوان. تأكّد من أنه يشير إلى ملف صورة.',
  issuePlainHttp: 'هذا العنوان غير مشفّر (http). تعرض بعض برامج البريد تحذيرًا بشأنه؛ استخدم https:// إن أمكن.',
  issueLogoTooLarge: (width, height) =>
    `أبعاد هذه الصورة ${width} × ${height} بكسل. تعرض معظم برامج البريد الشعارات جيدًا حتى 600 × 200 بكسل.`,
  issueLogoSvg: 'هذه صورة SVG، ولا يعرضها Gmail وOutlook في الرسائل؛ استخدم شعارًا بصيغة PNG أو JPEG.',
  issueSummary: (count) => arabicFieldsToCorrect(count),
  errorNetwork: 'تعذّر الوصول إلى الخادم. لا تزال تغييراتك محفوظة هنا.',
  errorTimeout: 'استغرق الخادم وقتًا طويلًا للرد. لا تزال تغييراتك محفوظة هنا.',
  errorServer: 'حدثت مشكلة في الخادم أثناء الحفظ. لا تزال تغييراتك محفوظة هنا.',
  errorRateLimited: 'طلبات كثيرة جدًا. انتظر قليلًا ثم حاول مرة أخرى. لا تزال تغييراتك محفوظة هنا.',
  errorUnauthorized: 'انتهت جلستك. سجّل الدخول مرة أخرى ثم احفظ. لا تزال تغييراتك محفوظة هنا.',
  errorForbidden: 'غير مسموح لك بتغيير هذه الإعدادات.',
  errorInvalidRequest: 'لم يقبل الخادم هذه الإعدادات.',
  errorUnknown: 'تعذّر حفظ الإعدادات. لا تزال تغييراتك محفوظة هنا.',
  conflictHeading: 'غيّر شخص آخر هذه الإعدادات',
  conflictIntro: 'أثناء تعديلك، حفظ شخص آخر هذه الإعدادات. اختر القيمة التي تريد الاحتفاظ بها لكل حقل.',
  conflictField: 'الحقل',
  conflictTheirs: 'قيمته',
  conflictMine: 'قيمتك',
  keepSelected: 'حفظ القيم المختارة',
  useTheirs: 'استخدام قيمه',
  keepEditing: 'متابعة التعديل',
  previewHeading: 'معاينة',
  previewTitle: 'معاينة رسالة العميل',
} satisfies NotificationSettingsFormMessages;

/** Arabic counts in six forms: one field, two fields (dual), 3–10 (plural), 11–99 (singular accusative), 100… */
function arabicFieldsToCorrect(count: number): string {
  switch (new Intl.PluralRules('ar').select(count)) {
    case 'zero': return 'لا توجد حقول للتصحيح.';
    case 'one': return 'يُرجى تصحيح حقل واحد.';
    case 'two': return 'يُرجى تصحيح حقلين.';
    case 'few': return `يُرجى تصحيح ${count} حقول.`;
    case 'many': return `يُرجى تصحيح ${count} حقلًا.`;
    default: return `يُرجى تصحيح ${count} حقل.`;
  }
}
