import { property } from 'lit/decorators.js';
import type { BillingDataSource } from '../../api/data-source.js';
import { defineElement } from '../../define.js';
import { Lazy } from '../../lazy.js';
import { LazyElement } from '../../lazy-element.js';
import type { NotificationSettingsFormMessages } from './notification-settings-form.messages.js';
import type { SettingsFormState } from './settings-form-state.js';
import type { NotificationSettingsFormView } from './notification-settings-form-view.js';

export { DirtyChangeEvent, SettingsSavedEvent } from './notification-settings-form.events.js';
export type { NotificationSettingsFormMessages } from './notification-settings-form.messages.js';
export type { SettingsFormState } from './settings-form-state.js';

/**
 * The reseller's branding for every customer e-mail: logo, control-panel link, website link, and which customer
 * notifications are sent. Shows the settings with an Edit button; edits them with live validation and a live preview
 * of the e-mail as it will be sent; saves with If-Match so no one's changes are silently overwritten, and lets the
 * user choose, field by field, when someone else saved first. Unsaved edits survive every failure.
 *
 * @tag notification-settings-form
 * @summary View and edit the reseller's e-mail branding and notification switches.
 *
 * @fires settings-saved - `SettingsSavedEvent`: the user's save was accepted (or, after a conflict, someone else had
 *   saved exactly the same values); `settings` (also `detail`) and `etag`.
 * @fires dirty-change - `DirtyChangeEvent`: the form started or stopped holding unsaved changes; `dirty`.
 * @fires auth-required - `AuthRequiredEvent`: loading or saving was refused with 401 or 403; the form keeps the edits.
 *
 * @slot intro - Extra text under the heading.
 * @slot logo-help - Extra help for the logo field (e.g. where to host the image).
 * @slot control-panel-help - Extra help for the control-panel field.
 * @slot website-help - Extra help for the website field.
 * @slot notifications-help - Extra help for the notification switches.
 *
 * @csspart base - The layout around the panel and the preview.
 * @csspart panel - The box holding the heading, the settings and the buttons.
 * @csspart heading - The heading.
 * @csspart field - Each field (with `logoUrl-field`, `controlPanelUrl-field`, `websiteUrl-field`, `notifications-field`).
 * @csspart label - Field labels.
 * @csspart help - Help texts.
 * @csspart input - The URL inputs.
 * @csspart message - A field's error or warning (class `error` or `warning`).
 * @csspart logo-size - The logo's pixel size while editing.
 * @csspart toggle - Each notification switch.
 * @csspart logo - The logo image in view mode.
 * @csspart actions - The row of buttons.
 * @csspart button - Every button (with `primary`, `edit-button`, `save-button`, `cancel-button`, `retry-button`,
 *   `use-theirs-button`, `keep-editing-button`).
 * @csspart alert - Error messages for loading and saving.
 * @csspart status - The "Settings saved." announcement.
 * @csspart conflict - What is shown when someone else saved first.
 * @csspart preview - The e-mail preview beside the form.
 * @csspart load-error - Shown instead of the element if its code could not be loaded (offline, a stale deploy).
 * @csspart load-retry - The Try again button in `load-error`.
 *
 * @cssprop --notification-settings-form-accent - Links, switches and the primary button. Default: `--billing-color-accent`.
 * @cssprop --notification-settings-form-background - Panel background. Default: `--billing-color-surface`.
 * @cssprop --notification-settings-form-border-color - Panel border. Default: `--billing-color-border`.
 * @cssprop --notification-settings-form-padding - Panel padding. Default: `--billing-space-4`.
 * @cssprop --notification-settings-form-gap - Space between the panel and the preview. Default: `--billing-space-5`.
 * @cssprop --notification-settings-form-preview-height - Height of the preview. Default: `36rem`.
 */
export class NotificationSettingsForm extends LazyElement<NotificationSettingsFormView> {
  // Everything but the public API: loaded when the first <notification-settings-form> connects.
  protected static override viewModule = new Lazy(() => import('./notification-settings-form-view.js'));

  /** Base URL of the billing API; alternative to a `dataSource` or an enclosing `<billing-provider>`. */
  @property({ attribute: 'base-url' }) baseUrl: string | null = null;

  /** BCP 47 locale of the texts; defaults to the provider's, then the page's. */
  @property() locale: string | null = null;

  /** Where settings are read from and saved to; overrides `base-url` and the provider. */
  @property({ attribute: false }) dataSource: BillingDataSource | null = null;

  /** Replacement texts for any of the form's labels, help texts and messages. */
  @property({ attribute: false }) messages: Partial<NotificationSettingsFormMessages> | null = null;

  /**
   * Set to render a given state instead of loading (stories, server-side prefill); the user's actions go on from it.
   * Unset to load again. The form never writes it: read `currentState`.
   */
  @property({ attribute: false }) state: SettingsFormState | undefined = undefined;

  /** Hides the e-mail preview, for hosts that show the form in a narrow column. */
  @property({ type: Boolean, attribute: 'no-preview' }) noPreview = false;

  /** Whether the form holds changes that are not saved yet. */
  get dirty(): boolean {
    return this.view?.dirty ?? false;
  }

  /** The state rendered, derived: the one the user's actions or `state` led to, else the load's; `loading` until the element's code has arrived. */
  get currentState(): SettingsFormState {
    return this.view?.currentState ?? this.state ?? { type: 'loading' };
  }
}

defineElement('notification-settings-form', NotificationSettingsForm);

declare global {
  interface HTMLElementTagNameMap {
    'notification-settings-form': NotificationSettingsForm;
  }
}
