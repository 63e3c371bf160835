/**
 * The settings a tenant has before it ever saves, and the notification types the backend knows. Labels come from
 * the backend (the form shows them as given), in English.
 */
import type { NotificationSettings } from '../../src/api/types.js';

/** Every notification type, in display order, with its label and whether it is on by default. */
export const NOTIFICATION_TYPES = [
  { type: 'invoice-issued', label: 'Invoice issued', enabled: true },
  { type: 'invoice-reminder', label: 'Payment reminder before the due date', enabled: true },
  { type: 'payment-received', label: 'Payment received', enabled: true },
  { type: 'service-expiring', label: 'Service about to expire', enabled: false },
  { type: 'domain-renewal', label: 'Domain renewal due', enabled: true },
] as const;

export type NotificationType = (typeof NOTIFICATION_TYPES)[number]['type'];

export function isNotificationType(value: unknown): value is NotificationType {
  return NOTIFICATION_TYPES.some((known) => known.type === value);
}

/** Defaults for a tenant; `logoUrl` is the demo logo as this backend serves it (absolute). */
export function defaultSettings(logoUrl: string): NotificationSettings {
  return {
    logoUrl,
    controlPanelUrl: 'https://panel.northwind.example',
    websiteUrl: 'https://northwind.example',
    notifications: NOTIFICATION_TYPES.map(({ type, label, enabled }) => ({ type, label, enabled })),
  };
}
