import type { NotificationSettings, NotificationToggle } from '../../api/types.js';

/** The three URL fields of the settings, in the order the form shows them. */
export type UrlField = 'logoUrl' | 'controlPanelUrl' | 'websiteUrl';
export const URL_FIELDS: readonly UrlField[] = ['logoUrl', 'controlPanelUrl', 'websiteUrl'];

/**
 * What the user is editing. URLs are kept exactly as typed (an empty string is "none"), so nothing the user typed is
 * normalised away before they save; toggles are keyed by notification type.
 */
export interface SettingsDraft {
  logoUrl: string;
  controlPanelUrl: string;
  websiteUrl: string;
  /** Notification type → enabled. */
  enabled: Record<string, boolean>;
}

/** A field of the draft that can differ between two versions: a URL field, or `notification:<type>`. */
export type DraftField = UrlField | `notification:${string}`;

export function notificationField(type: string): DraftField {
  return `notification:${type}`;
}

/** The draft a user starts from when editing these settings. */
export function draftFromSettings(settings: NotificationSettings): SettingsDraft {
  return {
    logoUrl: settings.logoUrl ?? '',
    controlPanelUrl: settings.controlPanelUrl ?? '',
    websiteUrl: settings.websiteUrl ?? '',
    enabled: Object.fromEntries(settings.notifications.map((toggle) => [toggle.type, toggle.enabled])),
  };
}

/**
 * The settings to send for a draft. The server's list decides which notification types exist (and their labels);
 * the draft only decides whether each is on.
 */
export function settingsFromDraft(draft: SettingsDraft, offered: readonly NotificationToggle[]): NotificationSettings {
  const url = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    logoUrl: url(draft.logoUrl),
    controlPanelUrl: url(draft.controlPanelUrl),
    websiteUrl: url(draft.websiteUrl),
    notifications: offered.map((toggle) => ({ ...toggle, enabled: draft.enabled[toggle.type] ?? toggle.enabled })),
  };
}

/** The value of one field of a draft, as a comparable string or boolean. */
export function fieldValue(draft: SettingsDraft, field: DraftField): string | boolean {
  if (field.startsWith('notification:')) return draft.enabled[field.slice('notification:'.length)] ?? false;
  return draft[field as UrlField].trim();
}

/** Every field in which two drafts differ (surrounding blanks in URLs do not count). */
export function changedFields(a: SettingsDraft, b: SettingsDraft): DraftField[] {
  const types = new Set([...Object.keys(a.enabled), ...Object.keys(b.enabled)]);
  const fields: DraftField[] = [...URL_FIELDS, ...[...types].map(notificationField)];
  return fields.filter((field) => fieldValue(a, field) !== fieldValue(b, field));
}

/** A draft with one field set from another draft; used to merge "mine" and "theirs" after a conflict. */
export function withFieldFrom(target: SettingsDraft, source: SettingsDraft, field: DraftField): SettingsDraft {
  if (field.startsWith('notification:')) {
    const type = field.slice('notification:'.length);
    return { ...target, enabled: { ...target.enabled, [type]: source.enabled[type] ?? false } };
  }
  return { ...target, [field]: source[field as UrlField] };
}
