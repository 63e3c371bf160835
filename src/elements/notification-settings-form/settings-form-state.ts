import type { BillingError } from '../../api/errors.js';
import type { VersionedSettings } from '../../api/types.js';
import type { DraftField, SettingsDraft } from './settings-draft.js';
import type { DraftIssues } from './settings-validation.js';

/** Which version to keep for one field after a conflict. */
export type ConflictChoice = 'mine' | 'theirs';

/**
 * Everything `<notification-settings-form>` can show. The element renders from this alone, so a story or a host can
 * set any state directly. `saved` is always the version the user's edits started from: saving sends its ETag.
 */
export type SettingsFormState =
  | { type: 'loading' }
  | { type: 'error-loading'; error: BillingError }
  /** `justSaved` announces the save that led here. */
  | { type: 'view'; saved: VersionedSettings; justSaved?: boolean }
  | {
      type: 'editing';
      saved: VersionedSettings;
      draft: SettingsDraft;
      /** Why the last save failed, when it did; the form keeps the draft and offers Retry. */
      saveError?: BillingError | null;
      /** What the server said was wrong with each field (422), until the user changes that field. */
      serverIssues?: DraftIssues;
    }
  | { type: 'saving'; saved: VersionedSettings; draft: SettingsDraft }
  | {
      type: 'conflict';
      saved: VersionedSettings;
      draft: SettingsDraft;
      /** What someone else saved meanwhile, with the ETag to save over it. */
      theirs: VersionedSettings;
      /** The user's pick per differing field; a field without one keeps the user's value. */
      choices: Partial<Record<DraftField, ConflictChoice>>;
    };

export type SettingsFormStateType = SettingsFormState['type'];
