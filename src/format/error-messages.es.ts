import type { ErrorMessages } from './error-messages.js';

/** Spanish for the shared error messages (`error-messages.ts`); included by each element's Spanish catalog. */
export default {
  errorNetwork: 'No se puede conectar con el servicio de facturación. Compruebe la conexión e inténtelo de nuevo.',
  errorTimeout: 'El servicio de facturación ha tardado demasiado en responder. Inténtelo de nuevo.',
  errorUnauthorized: 'Su sesión ha caducado. Vuelva a iniciar sesión.',
  errorForbidden: 'No tiene permiso para hacer esto.',
  errorRateLimited: 'Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.',
  errorServer: 'El servicio de facturación ha tenido un problema. Inténtelo de nuevo en un momento.',
  errorInvalidResponse: 'No se ha podido leer la respuesta del servicio de facturación. Inténtelo de nuevo.',
  errorInvalidRequest: 'El servicio de facturación no ha aceptado la solicitud.',
  errorUnknown: 'Algo ha salido mal. Inténtelo de nuevo.',
} satisfies ErrorMessages;
