import type { ErrorMessages } from './error-messages.js';

/** Italian for the shared error messages (`error-messages.ts`); included by each element's Italian catalog. */
export default {
  errorNetwork: 'Impossibile raggiungere il servizio di fatturazione. Controlla la connessione e riprova.',
  errorTimeout: 'Il servizio di fatturazione ha impiegato troppo tempo a rispondere. Riprova.',
  errorUnauthorized: 'La sessione è scaduta. Accedi di nuovo.',
  errorForbidden: 'Non hai l’autorizzazione per eseguire questa operazione.',
  errorRateLimited: 'Troppe richieste. Attendi un momento e riprova.',
  errorServer: 'Si è verificato un problema nel servizio di fatturazione. Riprova tra poco.',
  errorInvalidResponse: 'Impossibile leggere la risposta del servizio di fatturazione. Riprova.',
  errorInvalidRequest: 'Il servizio di fatturazione non ha accettato la richiesta.',
  errorUnknown: 'Si è verificato un errore. Riprova.',
} satisfies ErrorMessages;
