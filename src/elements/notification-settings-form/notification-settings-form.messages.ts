import { lazyLanguages, type Translations } from '../../format/messages.js';

/** Every string `<notification-settings-form>` shows; hosts override any of them through its `messages` property. */
const en = {
  heading: 'E-mail branding',
  loading: 'Loading settings…',
  loadFailed: 'The settings could not be loaded.',
  retry: 'Retry',

  logoLabel: 'Logo',
  logoHelp: 'Address of your logo image, shown at the top of every customer e-mail.',
  controlPanelLabel: 'Customer control panel',
  controlPanelHelp: 'Where customers sign in to manage their services.',
  websiteLabel: 'Website',
  websiteHelp: 'Your own website, linked at the bottom of every e-mail.',
  notificationsLabel: 'Customer notifications',
  notificationsHelp: 'E-mails your customers receive, with your branding.',
  noNotifications: 'No notifications are offered.',
  enabled: 'On',
  disabled: 'Off',
  none: 'None',
  logoAlt: 'Your logo',

  edit: 'Edit',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  saved: 'Settings saved.',

  logoChecking: 'Checking the image…',
  logoSize: (width: number, height: number) => `${width} × ${height} px`,

  issueNotAbsolute: 'Enter a complete address starting with https://',
  issueUnsafeScheme: 'Only web addresses starting with https:// or http:// are allowed.',
  issueTooLong: (length: number, max: number) => `This address is ${length} characters long; the limit is ${max}.`,
  issueLogoFailed: 'No image could be loaded from this address. Check that it points to an image file.',
  issuePlainHttp: 'This address is not encrypted (http). Some e-mail clients warn about it; use https:// if you can.',
  issueLogoTooLarge: (width: number, height: number) =>
    `This image is ${width} × ${height} px. Most e-mail clients show logos up to 600 × 200 px well.`,
  issueLogoSvg: 'This is an SVG image, which Gmail and Outlook do not show in e-mails; use a PNG or JPEG logo.',
  issueSummary: (count: number) => (count === 1 ? 'Please correct 1 field.' : `Please correct ${count} fields.`),

  errorNetwork: 'Could not reach the server. Your changes are still here.',
  errorTimeout: 'The server took too long to answer. Your changes are still here.',
  errorServer: 'The server had a problem saving. Your changes are still here.',
  errorRateLimited: 'Too many requests. Wait a moment, then try again. Your changes are still here.',
  errorUnauthorized: 'Your session has ended. Sign in again, then save. Your changes are still here.',
  errorForbidden: 'You are not allowed to change these settings.',
  errorInvalidRequest: 'The server did not accept these settings.',
  errorUnknown: 'The settings could not be saved. Your changes are still here.',

  conflictHeading: 'Someone else changed these settings',
  conflictIntro: 'While you were editing, these settings were saved by someone else. Choose which value to keep for each field.',
  conflictField: 'Field',
  conflictTheirs: 'Theirs',
  conflictMine: 'Yours',
  keepSelected: 'Save chosen values',
  useTheirs: 'Use theirs',
  keepEditing: 'Keep editing',

  previewHeading: 'Preview',
  previewTitle: 'Preview of the customer e-mail',
};

export type NotificationSettingsFormMessages = typeof en;

export const translations: Translations<NotificationSettingsFormMessages> = { en };

/** The other languages, each loaded on first use; see `lazyLanguages`. */
export const languages = lazyLanguages(translations, {
  de: () => import('./notification-settings-form.messages.de.js'),
  fr: () => import('./notification-settings-form.messages.fr.js'),
  es: () => import('./notification-settings-form.messages.es.js'),
  it: () => import('./notification-settings-form.messages.it.js'),
  nl: () => import('./notification-settings-form.messages.nl.js'),
  pt: () => import('./notification-settings-form.messages.pt-BR.js'),
  pl: () => import('./notification-settings-form.messages.pl.js'),
  ja: () => import('./notification-settings-form.messages.ja.js'),
  zh: () => import('./notification-settings-form.messages.zh-CN.js'),
  ar: () => import('./notification-settings-form.messages.ar.js'),
  he: () => import('./notification-settings-form.messages.he.js'),
});
