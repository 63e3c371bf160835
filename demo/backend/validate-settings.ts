/**
 * Checks a PUT of notification settings. Field errors use JSON Pointers into the body (`/logoUrl`,
 * `/notifications/2/type`) so the form can show each next to its field. Labels are the backend's: whatever a client
 * sends as a label is ignored, and the saved list always holds every known type in the backend's order.
 */
import { SETTINGS_LIMITS } from '../../src/api/types.js';
import type { NotificationSettings } from '../../src/api/types.js';
import { urlProblem } from '../../src/api/urls.js';
import { NOTIFICATION_TYPES, isNotificationType } from './default-settings.js';
import type { FieldError } from './responses.js';

const URL_FIELDS = ['logoUrl', 'controlPanelUrl', 'websiteUrl'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The settings to store, merged over `current` for toggles the body leaves out; or the field errors. */
export function validateSettings(body: unknown, current: NotificationSettings): NotificationSettings | FieldError[] {
  if (!isRecord(body)) return [{ pointer: '', detail: 'The body must be a JSON object of notification settings.' }];
  const errors: FieldError[] = [];
  const urls: Partial<Record<(typeof URL_FIELDS)[number], string | null>> = {};

  for (const field of URL_FIELDS) {
    const value = body[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      urls[field] = null;
    } else if (typeof value !== 'string') {
      errors.push({ pointer: `/${field}`, detail: `${field} must be a URL or null.` });
    } else if (value.length > SETTINGS_LIMITS.urlMaxLength) {
      errors.push({ pointer: `/${field}`, detail: `${field} must be at most ${SETTINGS_LIMITS.urlMaxLength} characters.` });
    } else {
      const problem = urlProblem(value);
      if (problem === 'unsafe-scheme') errors.push({ pointer: `/${field}`, detail: `${field} must start with https:// or http://.` });
      else if (problem !== null) errors.push({ pointer: `/${field}`, detail: `${field} must be an absolute URL, like https://example.com.` });
      else urls[field] = value.trim();
    }
  }

  const enabledByType = new Map(current.notifications.map((toggle) => [toggle.type, toggle.enabled]));
  const notifications = body.notifications;
  if (notifications !== undefined) {
    if (!Array.isArray(notifications)) {
      errors.push({ pointer: '/notifications', detail: 'notifications must be a list.' });
    } else if (notifications.length > SETTINGS_LIMITS.notificationsMax) {
      errors.push({ pointer: '/notifications', detail: `At most ${SETTINGS_LIMITS.notificationsMax} notifications.` });
    } else {
      const seen = new Set<string>();
      notifications.forEach((toggle: unknown, position) => {
        if (!isRecord(toggle)) {
          errors.push({ pointer: `/notifications/${position}`, detail: 'Each notification must be an object with type and enabled.' });
          return;
        }
        if (!isNotificationType(toggle.type)) {
          errors.push({
            pointer: `/notifications/${position}/type`,
            detail: `Unknown notification type; expected one of ${NOTIFICATION_TYPES.map((known) => known.type).join(', ')}.`,
          });
        } else if (seen.has(toggle.type)) {
          errors.push({ pointer: `/notifications/${position}/type`, detail: `${toggle.type} is listed twice.` });
        } else {
          seen.add(toggle.type);
        }
        if (typeof toggle.enabled !== 'boolean') {
          errors.push({ pointer: `/notifications/${position}/enabled`, detail: 'enabled must be true or false.' });
        } else if (isNotificationType(toggle.type)) {
          enabledByType.set(toggle.type, toggle.enabled);
        }
      });
    }
  }

  if (errors.length > 0) return errors;
  return {
    logoUrl: urls.logoUrl ?? null,
    controlPanelUrl: urls.controlPanelUrl ?? null,
    websiteUrl: urls.websiteUrl ?? null,
    notifications: NOTIFICATION_TYPES.map(({ type, label, enabled }) => ({ type, label, enabled: enabledByType.get(type) ?? enabled })),
  };
}
