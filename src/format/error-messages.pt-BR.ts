import type { ErrorMessages } from './error-messages.js';

/** Brazilian Portuguese for the shared error messages (`error-messages.ts`); included by each element's catalog. */
export default {
  errorNetwork: 'Não foi possível acessar o serviço de faturamento. Verifique a conexão e tente novamente.',
  errorTimeout: 'O serviço de faturamento demorou demais para responder. Tente novamente.',
  errorUnauthorized: 'Sua sessão expirou. Entre novamente.',
  errorForbidden: 'Você não tem permissão para fazer isso.',
  errorRateLimited: 'Muitas solicitações. Aguarde um momento e tente novamente.',
  errorServer: 'O serviço de faturamento teve um problema. Tente novamente em instantes.',
  errorInvalidResponse: 'Não foi possível ler a resposta do serviço de faturamento. Tente novamente.',
  errorInvalidRequest: 'O serviço de faturamento não aceitou a solicitação.',
  errorUnknown: 'Algo deu errado. Tente novamente.',
} satisfies ErrorMessages;
