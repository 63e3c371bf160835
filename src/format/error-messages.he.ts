import type { ErrorMessages } from './error-messages.js';

/** Hebrew for the shared error messages (`error-messages.ts`); included by each element's Hebrew catalog. */
export default {
  errorNetwork: 'אין גישה לשירות החיוב. יש לבדוק את החיבור ולנסות שוב.',
  errorTimeout: 'שירות החיוב לא ענה בזמן. יש לנסות שוב.',
  errorUnauthorized: 'תוקף ההתחברות פג. יש להתחבר מחדש.',
  errorForbidden: 'אין לך הרשאה לבצע פעולה זו.',
  errorRateLimited: 'יותר מדי בקשות. יש להמתין רגע ולנסות שוב.',
  errorServer: 'אירעה תקלה בשירות החיוב. יש לנסות שוב בעוד רגע.',
  errorInvalidResponse: 'לא ניתן היה לקרוא את התשובה של שירות החיוב. יש לנסות שוב.',
  errorInvalidRequest: 'שירות החיוב לא קיבל את הבקשה.',
  errorUnknown: 'משהו השתבש. יש לנסות שוב.',
} satisfies ErrorMessages;
