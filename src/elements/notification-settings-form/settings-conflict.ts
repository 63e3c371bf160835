import { BillingError } from '../../api/errors.js';
import type { VersionedSettings } from '../../api/types.js';
import { changedFields, draftFromSettings, fieldValue, URL_FIELDS, withFieldFrom, type DraftField, type SettingsDraft, type UrlField } from './settings-draft.js';
import type { ConflictChoice, SettingsFormState } from './settings-form-state.js';
import type { DraftIssues } from './settings-validation.js';

/** What the form makes of a failed save or load: a `BillingError`, whatever was thrown. */
export function asBillingError(error: unknown): BillingError {
  return error instanceof BillingError ? error : new BillingError('network', String(error), { cause: error });
}

/** A 422's per-field problems (`errors[].pointer` like `/controlPanelUrl`) as field issues. */
export function fieldIssuesFrom(error: BillingError): DraftIssues {
  const issues: DraftIssues = {};
  for (const entry of error.details.problem?.errors ?? []) {
    const field = entry.pointer.replace(/^\/+/, '').split('/')[0] as UrlField;
    if ((URL_FIELDS as readonly string[]).includes(field) && !issues[field]) {
      issues[field] = { severity: 'error', code: 'server', detail: entry.detail };
    }
  }
  return issues;
}

/**
 * After a 412, the first pick per field that differs: a field the user left alone takes their value; a field the
 * user changed keeps the user's. Both can be flipped.
 */
export function initialChoices(saved: VersionedSettings, draft: SettingsDraft, theirs: VersionedSettings): Partial<Record<DraftField, ConflictChoice>> {
  const base = draftFromSettings(saved.settings);
  const choices: Partial<Record<DraftField, ConflictChoice>> = {};
  for (const field of changedFields(draftFromSettings(theirs.settings), draft)) {
    choices[field] = fieldValue(base, field) === fieldValue(draft, field) ? 'theirs' : 'mine';
  }
  return choices;
}

/** The draft the user's picks make: their value where the user chose theirs, the user's elsewhere. */
export function mergeConflict(current: Extract<SettingsFormState, { type: 'conflict' }>): SettingsDraft {
  const theirs = draftFromSettings(current.theirs.settings);
  let merged: SettingsDraft = { ...current.draft, enabled: { ...theirs.enabled, ...current.draft.enabled } };
  for (const field of changedFields(theirs, current.draft)) {
    if (current.choices[field] === 'theirs') merged = withFieldFrom(merged, theirs, field);
  }
  // Notification types are the server's: keep only those it offers now.
  merged.enabled = Object.fromEntries(Object.keys(theirs.enabled).map((type) => [type, merged.enabled[type] ?? false]));
  return merged;
}
