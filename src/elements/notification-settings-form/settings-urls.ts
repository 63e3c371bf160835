import { SETTINGS_LIMITS } from '../../api/types.js';
import { urlProblem } from '../../api/urls.js';

/** The logo URL worth loading as an image: a well-formed http(s) URL within the limit; otherwise null. */
export function checkableUrl(value: string): string | null {
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= SETTINGS_LIMITS.urlMaxLength && urlProblem(trimmed) === null ? trimmed : null;
}
