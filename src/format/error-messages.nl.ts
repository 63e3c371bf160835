import type { ErrorMessages } from './error-messages.js';

/** Dutch for the shared error messages (`error-messages.ts`); included by each element's Dutch catalog. */
export default {
  errorNetwork: 'De factuurservice is niet bereikbaar. Controleer de verbinding en probeer het opnieuw.',
  errorTimeout: 'De factuurservice deed er te lang over om te antwoorden. Probeer het opnieuw.',
  errorUnauthorized: 'Je sessie is verlopen. Log opnieuw in.',
  errorForbidden: 'Je hebt geen toestemming om dit te doen.',
  errorRateLimited: 'Te veel verzoeken. Wacht even en probeer het opnieuw.',
  errorServer: 'Er is een probleem bij de factuurservice. Probeer het zo opnieuw.',
  errorInvalidResponse: 'Het antwoord van de factuurservice kon niet worden gelezen. Probeer het opnieuw.',
  errorInvalidRequest: 'De factuurservice heeft het verzoek niet geaccepteerd.',
  errorUnknown: 'Er is iets misgegaan. Probeer het opnieuw.',
} satisfies ErrorMessages;
