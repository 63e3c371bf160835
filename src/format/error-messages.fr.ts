import type { ErrorMessages } from './error-messages.js';

/** French for the shared error messages (`error-messages.ts`); included by each element's French catalog. */
export default {
  errorNetwork: 'Le service de facturation est injoignable. Vérifiez la connexion et réessayez.',
  errorTimeout: 'Le service de facturation a mis trop de temps à répondre. Réessayez.',
  errorUnauthorized: 'Votre session a expiré. Reconnectez-vous.',
  errorForbidden: 'Vous n’êtes pas autorisé à effectuer cette action.',
  errorRateLimited: 'Trop de requêtes. Patientez un instant, puis réessayez.',
  errorServer: 'Le service de facturation a rencontré un problème. Réessayez dans un instant.',
  errorInvalidResponse: 'La réponse du service de facturation est illisible. Réessayez.',
  errorInvalidRequest: 'Le service de facturation a refusé la demande.',
  errorUnknown: 'Une erreur s’est produite. Réessayez.',
} satisfies ErrorMessages;
