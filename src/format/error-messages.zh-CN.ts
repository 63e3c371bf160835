import type { ErrorMessages } from './error-messages.js';

/** Simplified Chinese for the shared error messages (`error-messages.ts`); included by each element's catalog. */
export default {
  errorNetwork: '无法连接计费服务。请检查网络连接后重试。',
  errorTimeout: '计费服务响应超时。请重试。',
  errorUnauthorized: '您的会话已过期。请重新登录。',
  errorForbidden: '您无权执行此操作。',
  errorRateLimited: '请求过于频繁。请稍候再试。',
  errorServer: '计费服务出现问题。请稍后重试。',
  errorInvalidResponse: '无法读取计费服务的响应。请重试。',
  errorInvalidRequest: '计费服务未接受该请求。',
  errorUnknown: '出了点问题。请重试。',
} satisfies ErrorMessages;
