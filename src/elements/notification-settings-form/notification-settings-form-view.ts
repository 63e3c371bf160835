import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { BillingDataSource } from '../../api/data-source.js';
import { BillingError, isAbort } from '../../api/errors.js';
import type { VersionedSettings } from '../../api/types.js';
import { BillingConfigController } from '../../context/billing-config-controller.js';
import { LoadController } from '../../controllers/load-controller.js';
import { reportAuthFailure } from '../../events/auth-required.js';
import { languageOf, resolveMessages } from '../../format/messages.js';
import type { ElementView } from '../../lazy-element.js';
import { LazyController } from '../../lazy.js';
import { base } from '../../styles/base.js';
import { LogoCheckController } from './logo-check.js';
import type { NotificationSettingsForm } from './notification-settings-form.js';
import { DirtyChangeEvent, SettingsSavedEvent } from './notification-settings-form.events.js';
import { languages, translations, type NotificationSettingsFormMessages } from './notification-settings-form.messages.js';
import { styles as formStyles } from './notification-settings-form.styles.js';
import {
  changedFields,
  draftFromSettings,
  settingsFromDraft,
  URL_FIELDS,
  type DraftField,
  type SettingsDraft,
  type UrlField,
} from './settings-draft.js';
import type { ConflictChoice, SettingsFormState } from './settings-form-state.js';
import { renderConflict, renderForm, renderView, type FormContext } from './settings-form-templates.js';
import { asBillingError, fieldIssuesFrom, initialChoices, mergeConflict } from './settings-conflict.js';
import { SettingsPreview } from './settings-preview.js';
import { checkableUrl } from './settings-urls.js';
import { hasErrors, validateDraft, type DraftIssues } from './settings-validation.js';

export const styles = [base, formStyles];
export { languages };

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
  /** Where the user's actions (or a `state` the host set) led; null while the form shows its load. */
  private phase: SettingsFormState | null = null;

  private readonly billing: BillingConfigController;
  private readonly lazy: LazyController;
  private readonly logoCheck: LogoCheckController;
  private readonly preview: SettingsPreview;
  private readonly load: LoadController<readonly [BillingDataSource], VersionedSettings>;
  private saveController: AbortController | null = null;
  private reportedDirty = false;
  private textCache: { locale: string; overrides: unknown; text: NotificationSettingsFormMessages } | null = null;

  constructor(private readonly host: NotificationSettingsForm) {
    this.billing = new BillingConfigController(host);
    this.lazy = new LazyController(host);
    this.logoCheck = new LogoCheckController(host);
    this.preview = new SettingsPreview(host, this.lazy);
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

  /** Moves to a state. A new phase shows its draft in the preview at once; typing goes through `preview.schedule`. */
  private show(next: SettingsFormState): void {
    const previous = this.currentState;
    this.phase = next;
    const editing = next.type === 'editing' || next.type === 'saving' || next.type === 'conflict';
    if (previous.type !== next.type || !this.preview.hasDraft) this.preview.showNow(editing ? next.draft : null);
    this.logoCheck.request(editing ? checkableUrl(next.draft.logoUrl) : null);
    this.host.requestUpdate();
  }

  private readonly connected = (): void => {
    window.addEventListener('beforeunload', this.handleBeforeUnload);
  };

  private readonly disconnected = (): void => {
    window.removeEventListener('beforeunload', this.handleBeforeUnload);
    this.saveController?.abort();
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

  /** What the templates need, for one render. */
  private get templateContext(): FormContext {
    return {
      text: this.text,
      logoCheck: this.logoCheck.check,
      dirty: this.dirty,
      issuesFor: (current) => this.issuesFor(current),
      handleEdit: this.handleEdit,
      handleCancel: this.handleCancel,
      handleUrlInput: this.handleUrlInput,
      handleToggle: this.handleToggle,
      handleSubmit: this.handleSubmit,
      handleRetry: this.handleRetry,
      handleChoice: this.handleChoice,
      handleSaveChoices: this.handleSaveChoices,
      handleUseTheirs: this.handleUseTheirs,
      handleKeepEditing: this.handleKeepEditing,
    };
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
        return renderView(this.templateContext, current.saved.settings);
      case 'editing':
      case 'saving':
        return renderForm(this.templateContext, current);
      case 'conflict':
        return renderConflict(this.templateContext, current);
    }
  }

  private renderPreview(): TemplateResult | typeof nothing {
    if (this.host.noPreview) return nothing;
    const current = this.currentState;
    const { locale, branding } = this.billing.config;
    return this.preview.render(current.type === 'view' ? current.saved.settings : null, locale, branding.name, this.text);
  }

  private issuesFor(current: Extract<SettingsFormState, { type: 'editing' | 'saving' }>): DraftIssues {
    const issues = validateDraft(current.draft, this.logoCheck.check);
    const server = current.type === 'editing' ? current.serverIssues : undefined;
    return { ...issues, ...server };
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
    this.showSaved(current.saved);
  };

  private readonly handleUrlInput = (event: InputEvent): void => {
    const current = this.currentState;
    if (current.type !== 'editing') return;
    const input = event.target as HTMLInputElement;
    const field = input.name as UrlField;
    const serverIssues = { ...current.serverIssues };
    delete serverIssues[field];
    this.show({ ...current, draft: { ...current.draft, [field]: input.value }, serverIssues });
    this.preview.schedule(this.editedDraft);
    this.reportDirty();
  };

  private readonly handleToggle = (event: Event): void => {
    const current = this.currentState;
    if (current.type !== 'editing') return;
    const input = event.target as HTMLInputElement;
    const type = input.dataset['type']!;
    this.show({ ...current, draft: { ...current.draft, enabled: { ...current.draft.enabled, [type]: input.checked } } });
    this.preview.schedule(this.editedDraft);
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
      this.showSaved(result, true);
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
      this.showSaved(theirs, true);
      return;
    }
    this.show({ type: 'conflict', saved, draft, theirs, choices: initialChoices(saved, draft, theirs) });
    void this.focusAfterRender('#conflict-heading');
  }

  private readonly handleChoice = (event: Event): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    const input = event.target as HTMLInputElement;
    const field = input.dataset['field'] as DraftField;
    this.show({ ...current, choices: { ...current.choices, [field]: input.value as ConflictChoice } });
  };


  private readonly handleSaveChoices = (): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    void this.save(current.theirs, mergeConflict(current));
  };

  private readonly handleUseTheirs = (): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    this.showSaved(current.theirs);
  };

  private readonly handleKeepEditing = (): void => {
    const current = this.currentState;
    if (current.type !== 'conflict') return;
    this.show({ type: 'editing', saved: current.theirs, draft: mergeConflict(current) });
    this.reportDirty();
    void this.focusAfterRender('#logoUrl');
  };

  private readonly editedDraft = (): SettingsDraft | null => {
    const current = this.currentState;
    return current.type === 'editing' || current.type === 'saving' || current.type === 'conflict' ? current.draft : null;
  };

  /** Back to viewing `saved`, focus on Edit; `justSaved` when the user's save led here (announced, and fired). */
  private showSaved(saved: VersionedSettings, justSaved = false): void {
    this.show(justSaved ? { type: 'view', saved, justSaved } : { type: 'view', saved });
    this.reportDirty();
    if (justSaved) this.announce(new SettingsSavedEvent(saved.settings, saved.etag));
    void this.focusAfterRender('[part~="edit-button"]');
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
