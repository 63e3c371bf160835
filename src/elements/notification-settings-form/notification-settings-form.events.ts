import type { NotificationSettings } from '../../api/types.js';

/** Fired after the user saved the settings and the server accepted them. */
export class SettingsSavedEvent extends Event {
  static readonly type = 'settings-saved';
  /** The settings as the server stored them; the same object as `detail`. */
  readonly detail: NotificationSettings;

  constructor(
    readonly settings: NotificationSettings,
    /** The version the server gave the saved settings. */
    readonly etag: string,
  ) {
    super(SettingsSavedEvent.type, { bubbles: true, composed: true });
    this.detail = settings;
  }
}

/** Fired when the form starts or stops holding unsaved changes, so a host can guard its own navigation. */
export class DirtyChangeEvent extends Event {
  static readonly type = 'dirty-change';

  constructor(readonly dirty: boolean) {
    super(DirtyChangeEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'settings-saved': SettingsSavedEvent;
    'dirty-change': DirtyChangeEvent;
  }
}
