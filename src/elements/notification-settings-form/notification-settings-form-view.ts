import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BillingDataSource } from '../../api/data-source.js';
import { BillingError, isAbort } from '../../api/errors.js';
import { SETTINGS_LIMITS, type NotificationSettings, type NotificationToggle, type VersionedSettings } from '../../api/types.js';
import { safeHttpUrl, urlProblem } from '../../api/urls.js';
import { BillingConfigController } from '../../context/billing-config-controller.js';
import { LoadController } from '../../controllers/load-controller.js';
import { emailFrame } from '../../email/email-frame.js';
import { reportAuthFailure } from '../../events/auth-required.js';
import { errorMessage } from '../../format/error-messages.js';
import { languageOf, resolveMessages } from '../../format/messages.js';
import type { ElementView } from '../../lazy-element.js';
import { Lazy, LazyController } from '../../lazy.js';
import { base } from '../../styles/base.js';
import { LogoCheckController } from './logo-check.js';
import type { NotificationSettingsForm } from './notification-settings-form.js';
import { DirtyChangeEvent, SettingsSavedEvent } from './notification-settings-form.events.js';
import { languages, translations, type NotificationSettingsFormMessages } from './notification-settings-form.messages.js';
import { styles as formStyles } from './notification-settings-form.styles.js';
import {
  changedFields,
  draftFromSettings,
  fieldValue,
  settingsFromDraft,
  URL_FIELDS,
  withFieldFrom,
  type DraftField,
  type SettingsDraft,
  type UrlField,
} from './settings-draft.js';
import type { ConflictChoice, SettingsFormState } from './settings-form-state.js';
import { hasErrors, validateDraft, type DraftIssues, type FieldIssue } from './settings-validation.js';

/** The e-mail renderer for the preview, loaded after the form's first render (the preview fills in when it arrives). */
const emailPreview = new Lazy(() => import('./email-preview.js'));

/** How long typing must pause before the preview re-renders the e-mail. */
const PREVIEW_DELAY_MS = 150;

const FIELD_TEXT = {
  logoUrl: { label: 'logoLabel', help: 'logoHelp', slot: 'logo-help' },
  controlPanelUrl: { label: 'controlPanelLabel', help: 'controlPanelHelp', slot: 'control-panel-help' },
  websiteUrl: { label: 'websiteLabel', help: 'websiteHelp', slot: 'website-help' },
} as const satisfies Record<UrlField, { label: keyof NotificationSettingsFormMessages; help: keyof NotificationSettingsFormMessages; slot: string }>;

export const styles = [base, formStyles];

export function createView(host: NotificationSettingsForm): NotificationSettingsFormView {
  return new NotificationSettingsFormView(host);
}

/** Whether a state shows the saved settings (or is on its way to), rather than the user's edits. */
function showsSaved(state: SettingsFormState): boolean {
  return state.type === 'loading' || state.type === 'view' || state.type === 'error-loading';
}

/**
 * Everything `<notification-settings-form>` does but declare its API: loaded when the first one connects. Handlers
 * are arrow functions: Lit calls template listeners with the element as `this`.
 */
export class NotificationSettingsFormView implements ElementView {
  /** The draft the preview shows; trails the typing a little, so fast typing does not re-render the e-mail on each key. */
  private previewDraft: SettingsDraft | null = null;
  /** Where the user's actions (or a `state` the host set) led; null while the form shows its load. */
  private phase: SettingsFormState | null = null;

  private readonly billing: BillingConfigController;
  private readonly lazy: LazyController;
  private readonly logoCheck: LogoCheckController;
  private readonly load: LoadController<readonly [BillingDataSource], VersionedSettings>;
  private saveController: AbortController | null = null;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private reportedDirty = false;
  private textCache: { locale: string; overrides: unknown; text: NotificationSettingsFormMessages } | null = null;
  private previewCache: { draft: SettingsDraft | NotificationSettings; locale: string; sellerName: string | null; html: string } | null = null;

  constructor(private readonly host: NotificationSettingsForm) {
    this.billing = new BillingConfigController(host);
    this.lazy = new LazyController(host);
    this.logoCheck = new LogoCheckController(host);
    host.addController({ hostConnected: this.connected, hostDisconnected: this.disconnected });
    this.load = new LoadController(host, {
      args: () => {
        const { dataSource } = this.billing.config;
        return host.state === undefined && dataSource ? ([dataSource] as const) : null;
      },
      load: ([dataSource], signal) => dataSource.getSettings(signal),
      // Fresh settings replace what is shown, never the user's draft (saving will meet a 412 if needed).
      onComplete: () => {
        if (this.phase && showsSaved(this.phase)) this.phase = null;
      },
    });
  }

  /** The state rendered: the one the user's actions (or the host's `state`) led to, else the load's. */
  get currentState(): SettingsFormState {
    if (this.phase) return this.phase;
    switch (this.load.status) {
      case TaskStatus.COMPLETE:
        return { type: 'view', saved: this.load.value! };
      case TaskStatus.ERROR:
        return isAbort(this.load.error) ? { type: 'loading' } : { type: 'error-loading', error: asBillingError(this.load.error) };
      default:
        return { type: 'loading' };
    }
  }

  /** Whether the form holds changes that are not saved yet. */
  get dirty(): boolean {
    const current = this.currentState;
    if (current.type !== 'editing' && current.type !== 'saving' && current.type !== 'conflict') return false;
    return changedFields(draftFromSettings(current.saved.settings), current.draft).length > 0;
  }

  settled(): Promise<void> {
    return this.lazy.settled();
  }

  willUpdate(changed: PropertyValues<NotificationSettingsForm>): void {
    if (!changed.has('state')) return;
    // Set: render that state (and go on from it). Unset: show the load again.
    if (this.host.state) this.show(this.host.state);
    else this.phase = null;
  }

  /** Moves to a state. A new phase shows its draft in the preview at once; typing goes through schedulePreview. */
  private show(next: SettingsFormState): void {
    const previous = this.currentState;
    this.phase = next;
    const editing = next.type === 'editing' || next.type === 'saving' || next.type === 'conflict';
    if (previous.type !== next.type || !this.previewDraft) this.previewDraft = editing ? next.draft : null;
    this.logoCheck.request(editing ? checkableUrl(next.draft.logoUrl) : null);
    this.host.requestUpdate();
  }

  private readonly connected = (): void => {
    window.addEventListener('beforeunload', this.handleBeforeUnload);
  };

  private readonly disconnected = (): void => {
    window.removeEventListener('beforeunload', this.handleBeforeUnload);
    this.saveController?.abort();
    clearTimeout(this.previewTimer);
    this.previewTimer = undefined;
  };

  private get text(): NotificationSettingsFormMessages {
    const { locale } = this.billing.config;
    if (this.textCache?.locale !== locale || this.textCache.overrides !== this.host.messages) {
      this.textCache = { locale, overrides: this.host.messages, text: resolveMessages(translations, locale, this.host.messages) };
    }
    return this.textCache.text;
  }

  render(): TemplateResult | typeof nothing {
    // A language other than English arrives as a chunk on first use; until then, nothing rather than English.
    if (!this.lazy.ready(languages[languageOf(this.billing.config.locale)])) return nothing;
    const preview = this.renderPreview();
    return html`
      <div part="base" class=${preview === nothing ? '' : 'with-preview'}>
        <section part="panel" aria-labelledby="heading" aria-busy=${this.currentState.type === 'loading' ? 'true' : 'false'}>
          <h2 id="heading" part="heading">${this.text.heading}</h2>
          <slot name="intro"></slot>
          ${this.renderBody()}
          <p part="status" role="status">${this.currentState.type === 'view' && this.currentState.justSaved ? this.text.saved : ''}</p>
        </section>
        ${preview}
      </div>
    `;
  }

  private renderBody(): TemplateResult {
    const current = this.currentState;
    switch (current.type) {
      case 'loading':
        return html`<p class="state">${this.text.loading}</p>`;
      case 'error-loading':
        return html`
          <div part="alert" role="alert">
            <p>${this.text.loadFailed}</p>
            <button part="button retry-button" type="button" @click=${this.handleReload}>${this.text.retry}</button>
          </div>
        `;
      case 'view':
        return this.renderView(current.saved.settings);
      case 'editing':
      case 'saving':
        return this.renderForm(current);
      case 'conflict':
        return this.renderConflict(current);
    }
  }

  private renderView(settings: NotificationSettings): TemplateResult {
    const text = this.text;
    const logo = safeHttpUrl(settings.logoUrl);
    return html`
      <dl>
        <div>
          <dt>${text.logoLabel}</dt>
          <dd>
            ${logo
              ? html`<img part="logo" src=${logo} alt=${text.logoAlt} referrerpolicy="no-referrer" />`
              : (settings.logoUrl ?? text.none)}
          </dd>
        </div>
        <div>
          <dt>${text.controlPanelLabel}</dt>
          <dd>${this.renderLink(settings.controlPanelUrl)}</dd>
        </div>
        <div>
          <dt>${text.websiteLabel}</dt>
          <dd>${this.renderLink(settings.websiteUrl)}</dd>
        </div>
        <div>
          <dt>${text.notificationsLabel}</dt>
          <dd>
            ${settings.notifications.length === 0
              ? text.noNotifications
              : html`<ul class="toggles">
                  ${settings.notifications.map(
                    (toggle) => html`<li>${toggle.label}: <strong>${toggle.enabled ? text.enabled : text.disabled}</strong></li>`,
                  )}
                </ul>`}
          </dd>
        </div>
      </dl>
      <div part="actions">
        <button part="button primary edit-button" type="button" @click=${this.handleEdit}>${text.edit}</button>
      </div>
    `;
  }

  // Only http(s) URLs become links (lit/lit#1196); anything else is shown as text and never navigated to.
  private renderLink(url: string | null): TemplateResult | string {
    const safe = safeHttpUrl(url);
    if (!safe) return url ?? this.text.none;
    return html`<a href=${safe} target="_blank" rel="noopener noreferrer">${url}</a>`;
  }

  private renderForm(current: Extract<SettingsFormState, { type: 'editing' | 'saving' }>): TemplateResult {
    const text = this.text;
    const saving = current.type === 'saving';
    const issues = this.issuesFor(current);
    const offered = current.saved.settings.notifications;
    const saveError = current.type === 'editing' ? current.saveError : null;
    return html`
      <form novalidate @submit=${this.handleSubmit}>
        ${URL_FIELDS.map((field) => this.renderUrlField(field, current.draft, issues[field], saving))}
        <fieldset part="field notifications-field" aria-describedby="notifications-help">
          <legend part="label">${text.notificationsLabel}</legend>
          <p part="help" id="notifications-help">${text.notificationsHelp} <slot name="notifications-help"></slot></p>
          ${offered.length === 0
            ? html`<p>${text.noNotifications}</p>`
            : html`<ul class="toggles">
                ${offered.map((toggle, index) => this.renderToggle(toggle, index, current.draft, saving))}
              </ul>`}
        </fieldset>
        ${saveError ? this.renderSaveError(saveError) : nothing}
        <div part="actions">
          <button part="button primary save-button" type="submit" ?disabled=${saving || !this.dirty}>
            ${saving ? text.saving : text.save}
          </button>
          <button part="button cancel-button" type="button" ?disabled=${saving} @click=${this.handleCancel}>${text.cancel}</button>
        </div>
      </form>
    `;
  }

  private renderUrlField(field: UrlField, draft: SettingsDraft, issue: FieldIssue | undefined, saving: boolean): TemplateResult {
    const text = this.text;
    const names = FIELD_TEXT[field];
    const describedBy = [`${field}-help`, issue ? `${field}-message` : '', field === 'logoUrl' ? 'logo-size' : '']
      .filter(Boolean)
      .join(' ');
    return html`
      <div part="field ${field}-field">
        <label part="label" for=${field}>${text[names.label]}</label>
        <p part="help" id="${field}-help">${text[names.help]} <slot name=${names.slot}></slot></p>
        <input
          part="input"
          id=${field}
          name=${field}
          type="url"
          inputmode="url"
          autocomplete="off"
          spellcheck="false"
          dir="ltr"
          placeholder="https://"
          .value=${live(draft[field])}
          aria-invalid=${issue?.severity === 'error' ? 'true' : 'false'}
          aria-describedby=${describedBy}
          ?readonly=${saving}
          @input=${this.handleUrlInput}
        />
        ${field === 'logoUrl' ? this.renderLogoSize(draft.logoUrl) : nothing}
        ${issue ? html`<p part="message" class=${issue.severity} id="${field}-message">${this.issueText(issue)}</p>` : nothing}
      </div>
    `;
  }

  private renderLogoSize(logoUrl: string): TemplateResult {
    const check = this.logoCheck.check;
    const current = check && check.url === checkableUrl(logoUrl) ? check : null;
    const label =
      current?.status === 'checking'
        ? this.text.logoChecking
        : current?.status === 'loaded'
          ? this.text.logoSize(current.width, current.height)
          : '';
    return html`<p part="logo-size" id="logo-size" ?hidden=${label === ''}>${label}</p>`;
  }

  private renderToggle(toggle: NotificationToggle, index: number, draft: SettingsDraft, saving: boolean): TemplateResult {
    return html`
      <li>
        <label part="toggle">
          <input
            type="checkbox"
            role="switch"
            data-type=${toggle.type}
            name="notification-${index}"
            .checked=${live(draft.enabled[toggle.type] ?? toggle.enabled)}
            ?disabled=${saving}
            @change=${this.handleToggle}
          />
          <span>${toggle.label}</span>
        </label>
      </li>
    `;
  }

  private renderSaveError(error: BillingError): TemplateResult {
    return html`
      <div part="alert" role="alert">
        <p>${errorMessage(error, this.text)}</p>
        ${error.retryable
          ? html`<button part="button retry-button" type="button" @click=${this.handleRetry}>${this.text.retry}</button>`
          : nothing}
      </div>
    `;
  }

  private renderConflict(current: Extract<SettingsFormState, { type: 'conflict' }>): TemplateResult {
    const text = this.text;
    const theirs = draftFromSettings(current.theirs.settings);
    const fields = changedFields(theirs, current.draft);
    return html`
      <div part="conflict">
        <div role="alert">
          <h3 id="conflict-heading" tabindex="-1">${text.conflictHeading}</h3>
          <p>${text.conflictIntro}</p>
        </div>
        <table aria-labelledby="conflict-heading">
          <thead>
            <tr>
              <th scope="col">${text.conflictField}</th>
              <th scope="col">${text.conflictTheirs}</th>
              <th scope="col">${text.conflictMine}</th>
            </tr>
          </thead>
          <tbody>
            ${fields.map((field, index) => {
              const choice = current.choices[field] ?? 'mine';
              return html`
                <tr>
                  <th scope="row" id="conflict-field-${index}">${this.fieldLabel(field, current)}</th>
                  ${this.renderChoice(field, index, 'theirs', fieldValue(theirs, field), choice)}
                  ${this.renderChoice(field, index, 'mine', fieldValue(current.draft, field), choice)}
                </tr>
              `;
            })}
          </tbody>
        </table>
        <div part="actions">
          <button part="button primary save-button" type="button" @click=${this.handleSaveChoices}>${text.keepSelected}</button>
          <button part="button use-theirs-button" type="button" @click=${this.handleUseTheirs}>${text.useTheirs}</button>
          <button part="button keep-editing-button" type="button" @click=${this.handleKeepEditing}>${text.keepEditing}</button>
        </div>
      </div>
    `;
  }

  private renderChoice(field: DraftField, index: number, side: ConflictChoice, value: string | boolean, choice: ConflictChoice): TemplateResult {
    const text = this.text;
    const shown = typeof value === 'boolean' ? (value ? text.enabled : text.disabled) : value === '' ? text.none : value;
    return html`
      <td>
        <label>
          <input
            type="radio"
            name="choice-${index}"
            value=${side}
            data-field=${field}
            aria-describedby="conflict-field-${index}"
            .checked=${live(choice === side)}
            @change=${this.handleChoice}
          />
          <span><span class="visually-hidden">${side === 'mine' ? text.conflictMine : text.conflictTheirs}: </span>${shown}</span>
        </label>
      </td>
    `;
  }

  private renderPreview(): TemplateResult | typeof nothing {
    if (this.host.noPreview) return nothing;
    const current = this.currentState;
    const source = this.previewDraft ?? (current.type === 'view' ? current.saved.settings : null);
    if (!source) return nothing;
    const { locale, branding } = this.billing.config;
    const renderer = this.lazy.use(emailPreview);
    const stale = this.previewCache?.draft !== source || this.previewCache.locale !== locale || this.previewCache.sellerName !== branding.name;
    if (renderer && stale) {
      const settings = 'enabled' in source ? settingsFromDraft(source, []) : source;
      this.previewCache = { draft: source, locale, sellerName: branding.name, html: renderer.renderEmailPreview(settings, locale, branding.name) };
    }
    return html`
      <section part="preview" aria-labelledby="preview-heading">
        <h3 id="preview-heading">${this.text.previewHeading}</h3>
        <iframe sandbox="allow-same-origin" title=${this.text.previewTitle} ${this.previewCache ? emailFrame(this.previewCache.html) : nothing}></iframe>
      </section>
    `;
  }

  private fieldLabel(field: DraftField, current: Extract<SettingsFormState, { type: 'conflict' }>): string {
    if (field in FIELD_TEXT) return this.text[FIELD_TEXT[field as UrlField].label];
    const type = field.slice('notification:'.length);
    const toggle = [...current.theirs.settings.notifications, ...current.saved.settings.notifications].find((t) => t.type === type);
    return toggle?.label ?? type;
  }

  private issuesFor(current: Extract<SettingsFormState, { type: 'editing' | 'saving' }>): DraftIssues {
    const issues = validateDraft(current.draft, this.logoCheck.check);
    const server = current.type === 'editing' ? current.serverIssues : undefined;
    return { ...issues, ...server };
  }

  private issueText(issue: FieldIssue): string {
    const text = this.text;
    switch (issue.code) {
      case 'not-absolute':
        return text.issueNotAbsolute;
      case 'unsafe-scheme':
        return text.issueUnsafeScheme;
      case 'too-long':
        return text.issueTooLong(issue.length, issue.max);
      case 'logo-failed':
        return text.issueLogoFailed;
      case 'plain-http':
        return text.issuePlainHttp;
      case 'logo-too-large':
        return text.issueLogoTooLarge(issue.width, issue.height);
      case 'logo-svg':
        return text.issueLogoSvg;
      case 'server':
        return issue.detail;
    }
  }

  private get dataSourceOrThrow(): BillingDataSource {
    const dataSource = this.billing.config.dataSource;
    if (!dataSource) throw new BillingError('network', 'No data source is configured: set base-url, dataSource, or wrap the form in <billing-provider>.');
    return dataSource;
  }

  private readonly handleBeforeUnload = (event: BeforeUnloadEvent): void => {
    if (!this.dirty) return;
    event.preventDefault();
    // Older browsers only ask when returnValue is set.
    event.returnValue = '';
  };

  private readonly handleReload = (): void => {
    this.phase = null;
    this.load.reload();
  };

  private readonly handleEdit = (): void => {
    if (this.currentState.type !== 'view') return;
    const saved = this.currentState.saved;
    this.show({ type: 'editing', saved, draft: draftFromSettings(saved.settings) });
    void this.focusAfterRender('#logoUrl');
  };

  private readonly handleCancel = (): void => {
    const current = this.currentState;
    if (current.type !== 'editing') return;
    this.show({ type: 'view', saved: current.saved });
    this.reportDirty();
    void this.focusAfterRender('[part~="edit-button"]');
  };

  private readonly handleUrlInput = (event: InputEvent): void => {
    const current = this.currentState;
    if (current.type !== 'editing') return;
    const input = event.target as HTMLInputElement;
    const field = input.name as UrlField;
    const serverIssues = { ...current.serverIssues };
    delete serverIssues[field];
    this.show({ ...current, draft: { ...current.draft, [field]: input.value }, serverIssues });
    this.schedulePreview();
    this.reportDirty();
  };

  private readonly handleToggle = (event: Event): void => {
    const current = this.currentState;
    if (current.type !== 'editing') return;
    const input = event.target as HTMLInputElement;
    const type = input.dataset['type']!;
    this.show({ ...current, draft: { ...current.draft, enabled: { ...current.draft.enabled, [type]: input.checked } } });
    this.schedulePreview();
    this.reportDirty();
  };

  private readonly handleSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.submit();
  };

  private readonly handleRetry = (): void => {
    void this.submit();
  };

  private async submit(): Promise<void> {
    if (this.currentState.type !== 'editing' || !this.dirty) return;
    // "Must load as an image": a save never goes out before the logo has been checked (a form put back on the page
    // forgot its check, hence the request).
    this.logoCheck.request(checkableUrl(this.currentState.draft.logoUrl));
    await this.logoCheck.settled();
    const current = this.currentState;
    if (current.type !== 'editing') return;
    const issues = this.issuesFor(current);
    if (hasErrors(issues)) {
      this.show({ ...current, saveError: null });
      const first = URL_FIELDS.find((field) => issues[field]?.severity === 'error');
      void this.focusAfterRender(`#${first}`);
      return;
    }
    await this.save(current.saved, current.draft);
  }

  private async save(saved: VersionedSettings, draft: SettingsDraft): Promise<void> {
    this.saveController?.abort();
    const controller = new AbortController();
    this.saveController = controller;
    this.show({ type: 'saving', saved, draft });
    try {
      const result = await this.dataSourceOrThrow.saveSettings(settingsFromDraft(draft, saved.settings.notifications), saved.etag, controller.signal);
      this.show({ type: 'view', saved: result, justSaved: true });
      this.reportDirty();
      this.announce(new SettingsSavedEvent(result.settings, result.etag));
      void this.focusAfterRender('[part~="edit-button"]');
    } catch (error) {
      if (isAbort(error)) {
        // The form left the page mid-save; if it comes back, it offers the same edits again.
        if (this.saveController === controller) this.show({ type: 'editing', saved, draft });
        return;
      }
      const failure = asBillingError(error);
      if (failure.kind === 'precondition-failed') {
        await this.openConflict(saved, draft, failure, controller.signal);
      } else {
        this.showSaveFailure(saved, draft, failure);
      }
    } finally {
      if (this.saveController === controller) this.saveController = null;
    }
  }

  private showSaveFailure(saved: VersionedSettings, draft: SettingsDraft, failure: BillingError): void {
    reportAuthFailure(this.host, failure);
    const serverIssues = fieldIssuesFrom(failure);
    const mapped = Object.keys(serverIssues).length > 0;
    this.show({ type: 'editing', saved, draft, saveError: mapped ? null : failure, serverIssues });
    const first = URL_FIELDS.find((field) => serverIssues[field]);
    void this.focusAfterRender(first ? `#${first}` : failure.retryable ? '[part~="retry-button"]' : '[part~="save-button"]');
  }

  // Someone saved in between: fetch their version so the user can compare and choose. Their draft stays as typed.
  private async openConflict(saved: VersionedSettings, draft: SettingsDraft, failure: BillingError, signal: AbortSignal): Promise<void> {
    let theirs: VersionedSettings;
    try {
      theirs = await this.dataSourceOrThrow.getSettings(signal);
    } catch (error) {
      if (isAbort(error)) this.show({ type: 'editing', saved, draft });
      else this.showSaveFailure(saved, draft, failure);
      return;
    }
    if (changedFields(draftFromSettings(theirs.settings), draft).length === 0) {
      // They saved exactly what the user wanted: nothing to choose.
      this.show({ type: 'view', saved: theirs, justSaved: true });
      this.reportDirty();
      this.announce(new SettingsSavedEvent(theirs.settings, theirs.etag));
      void this.focusAfterRender('[part~="edit-button"]');
      return;
    }
    // A field the user left alone takes their value; a field the user changed keeps the user's. Both can be flipped.
    const base = draftFromSettings(saved.settings);
    const choices: Partial<Record<DraftField, ConflictChoice>> = {};
    for (const field of changedFields(draftFromSettings(theirs.settings), draft)) {
      choices[field] = fieldValue(base, field) === fieldValue(draft, field) ? 'theirs' : 'mine';
    }
    this.show({ type: 'conflict', saved, draft, theirs, choices });
    void this.focusAfterRender('#conflict-heading');
  }

  private readonly handleChoice = (event: Event): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    const input = event.target as HTMLInputElement;
    const field = input.dataset['field'] as DraftField;
    this.show({ ...current, choices: { ...current.choices, [field]: input.value as ConflictChoice } });
  };

  private mergedDraft(current: Extract<SettingsFormState, { type: 'conflict' }>): SettingsDraft {
    const theirs = draftFromSettings(current.theirs.settings);
    let merged: SettingsDraft = { ...current.draft, enabled: { ...theirs.enabled, ...current.draft.enabled } };
    for (const field of changedFields(theirs, current.draft)) {
      if (current.choices[field] === 'theirs') merged = withFieldFrom(merged, theirs, field);
    }
    // Notification types are the server's: keep only those it offers now.
    merged.enabled = Object.fromEntries(Object.keys(theirs.enabled).map((type) => [type, merged.enabled[type] ?? false]));
    return merged;
  }

  private readonly handleSaveChoices = (): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    void this.save(current.theirs, this.mergedDraft(current));
  };

  private readonly handleUseTheirs = (): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    this.show({ type: 'view', saved: current.theirs });
    this.reportDirty();
    void this.focusAfterRender('[part~="edit-button"]');
  };

  private readonly handleKeepEditing = (): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    this.show({ type: 'editing', saved: current.theirs, draft: this.mergedDraft(current) });
    this.reportDirty();
    void this.focusAfterRender('#logoUrl');
  };

  // A timer rather than requestAnimationFrame: frames do not run in background tabs, and the preview should be
  // current when the user comes back.
  private schedulePreview(): void {
    clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => {
      this.previewTimer = undefined;
      const current = this.currentState;
      if (current.type !== 'editing' && current.type !== 'saving' && current.type !== 'conflict') return;
      this.previewDraft = current.draft;
      this.host.requestUpdate();
    }, PREVIEW_DELAY_MS);
  }

  // Fires dirty-change when the user's last action flipped whether there are unsaved changes.
  private reportDirty(): void {
    const dirty = this.dirty;
    if (dirty === this.reportedDirty) return;
    this.reportedDirty = dirty;
    this.announce(new DirtyChangeEvent(dirty));
  }

  // One place that dispatches, so the manifest analyzer documents the events from the class doc block only (it
  // mistakes the first constructor argument of an inline `dispatchEvent(new X(...))` for an event name).
  private announce(event: Event): void {
    this.host.dispatchEvent(event);
  }

  private async focusAfterRender(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

}


/** The logo URL worth loading as an image: a well-formed http(s) URL within the limit; otherwise null. */
function checkableUrl(value: string): string | null {
  const trimmed = value.trim();
  return trimmed !== '' && trimmed.length <= SETTINGS_LIMITS.urlMaxLength && urlProblem(trimmed) === null ? trimmed : null;
}

function asBillingError(error: unknown): BillingError {
  return error instanceof BillingError ? error : new BillingError('network', String(error), { cause: error });
}

/** A 422's per-field problems (`errors[].pointer` like `/controlPanelUrl`) as field issues. */
function fieldIssuesFrom(error: BillingError): DraftIssues {
  const issues: DraftIssues = {};
  for (const entry of error.details.problem?.errors ?? []) {
    const field = entry.pointer.replace(/^\/+/, '').split('/')[0] as UrlField;
    if ((URL_FIELDS as readonly string[]).includes(field) && !issues[field]) {
      issues[field] = { severity: 'error', code: 'server', detail: entry.detail };
    }
  }
  return issues;
}
