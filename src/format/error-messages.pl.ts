import type { ErrorMessages } from './error-messages.js';

/** Polish for the shared error messages (`error-messages.ts`); included by each element's Polish catalog. */
export default {
  errorNetwork: 'Nie można połączyć się z usługą rozliczeń. Sprawdź połączenie i spróbuj ponownie.',
  errorTimeout: 'Usługa rozliczeń zbyt długo nie odpowiadała. Spróbuj ponownie.',
  errorUnauthorized: 'Sesja wygasła. Zaloguj się ponownie.',
  errorForbidden: 'Nie masz uprawnień do tej operacji.',
  errorRateLimited: 'Zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie.',
  errorServer: 'W usłudze rozliczeń wystąpił problem. Spróbuj ponownie za chwilę.',
  errorInvalidResponse: 'Nie udało się odczytać odpowiedzi usługi rozliczeń. Spróbuj ponownie.',
  errorInvalidRequest: 'Usługa rozliczeń nie przyjęła żądania.',
  errorUnknown: 'Coś poszło nie tak. Spróbuj ponownie.',
} satisfies ErrorMessages;
