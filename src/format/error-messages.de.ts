import type { ErrorMessages } from './error-messages.js';

/** German for the shared error messages (`error-messages.ts`); included by each element's German catalog. */
export default {
  errorNetwork: 'Der Abrechnungsdienst ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.',
  errorTimeout: 'Der Abrechnungsdienst hat zu lange nicht geantwortet. Bitte erneut versuchen.',
  errorUnauthorized: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an.',
  errorForbidden: 'Dazu sind Sie nicht berechtigt.',
  errorRateLimited: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  errorServer: 'Beim Abrechnungsdienst ist ein Fehler aufgetreten. Versuchen Sie es gleich noch einmal.',
  errorInvalidResponse: 'Die Antwort des Abrechnungsdienstes konnte nicht gelesen werden. Bitte erneut versuchen.',
  errorInvalidRequest: 'Der Abrechnungsdienst hat die Anfrage nicht angenommen.',
  errorUnknown: 'Etwas ist schiefgegangen. Bitte erneut versuchen.',
} satisfies ErrorMessages;
