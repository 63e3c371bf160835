import { SETTINGS_LIMITS } from '../../api/types.js';
import { isPlainHttp, urlProblem } from '../../api/urls.js';
import { LOGO_LIMITS, type LogoCheck } from './logo-check.js';
import { URL_FIELDS, type SettingsDraft, type UrlField } from './settings-draft.js';

/** Why a field cannot be saved (`error`) or should be looked at again (`warning`). */
export type FieldIssue =
  | { severity: 'error'; code: 'not-absolute' | 'unsafe-scheme' | 'logo-failed' }
  | { severity: 'error'; code: 'too-long'; length: number; max: number }
  | { severity: 'error'; code: 'server'; detail: string }
  | { severity: 'warning'; code: 'plain-http' | 'logo-svg' }
  | { severity: 'warning'; code: 'logo-too-large'; width: number; height: number };

export type DraftIssues = Partial<Record<UrlField, FieldIssue>>;

/**
 * The one issue to show for each URL field: its first error, else its first warning. Every URL is optional (empty
 * means none, as the contract allows null); a non-empty one must be an absolute http(s) URL within the length limit,
 * and the logo must load as an image.
 */
export function validateDraft(draft: SettingsDraft, logo: LogoCheck | null): DraftIssues {
  const issues: DraftIssues = {};
  for (const field of URL_FIELDS) {
    const issue = urlIssue(draft[field]) ?? (field === 'logoUrl' ? logoIssue(draft.logoUrl, logo) : null) ?? httpIssue(draft[field]);
    if (issue) issues[field] = issue;
  }
  return issues;
}

/** Whether any issue blocks saving. */
export function hasErrors(issues: DraftIssues): boolean {
  return Object.values(issues).some((issue) => issue.severity === 'error');
}

function urlIssue(value: string): FieldIssue | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (trimmed.length > SETTINGS_LIMITS.urlMaxLength) {
    return { severity: 'error', code: 'too-long', length: trimmed.length, max: SETTINGS_LIMITS.urlMaxLength };
  }
  const problem = urlProblem(trimmed);
  if (problem === 'unsafe-scheme') return { severity: 'error', code: 'unsafe-scheme' };
  if (problem === 'not-absolute') return { severity: 'error', code: 'not-absolute' };
  return null;
}

// Only called for a URL that passed `urlIssue`, so the check (when there is one) is for a well-formed URL.
function logoIssue(value: string, logo: LogoCheck | null): FieldIssue | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  if (logo?.url === trimmed) {
    if (logo.status === 'failed') return { severity: 'error', code: 'logo-failed' };
    if (logo.status === 'loaded' && (logo.width > LOGO_LIMITS.maxWidth || logo.height > LOGO_LIMITS.maxHeight)) {
      return { severity: 'warning', code: 'logo-too-large', width: logo.width, height: logo.height };
    }
  }
  // Gmail and Outlook do not show SVG images in e-mails: worth a warning, not a block (the control panel and the PDFs
  // show it fine). Told by the address, the only thing an <img> check can see.
  if (/\.svgz?$/i.test(new URL(trimmed).pathname)) return { severity: 'warning', code: 'logo-svg' };
  return null;
}

function httpIssue(value: string): FieldIssue | null {
  return isPlainHttp(value) ? { severity: 'warning', code: 'plain-http' } : null;
}
