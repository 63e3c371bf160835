import type { ErrorMessages } from './error-messages.js';

/** Japanese for the shared error messages (`error-messages.ts`); included by each element's Japanese catalog. */
export default {
  errorNetwork: '請求サービスに接続できません。接続を確認して、もう一度お試しください。',
  errorTimeout: '請求サービスの応答に時間がかかりすぎました。もう一度お試しください。',
  errorUnauthorized: 'セッションの有効期限が切れました。もう一度サインインしてください。',
  errorForbidden: 'この操作を行う権限がありません。',
  errorRateLimited: 'リクエストが多すぎます。しばらく待ってから、もう一度お試しください。',
  errorServer: '請求サービスで問題が発生しました。しばらくしてから、もう一度お試しください。',
  errorInvalidResponse: '請求サービスの応答を読み取れませんでした。もう一度お試しください。',
  errorInvalidRequest: '請求サービスがリクエストを受け付けませんでした。',
  errorUnknown: '問題が発生しました。もう一度お試しください。',
} satisfies ErrorMessages;
