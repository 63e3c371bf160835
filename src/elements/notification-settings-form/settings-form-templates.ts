import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { BillingError } from '../../api/errors.js';
import { checked } from '../../directives/checked.js';
import type { NotificationSettings, NotificationToggle } from '../../api/types.js';
import { safeHttpUrl } from '../../api/urls.js';
import { errorMessage } from '../../format/error-messages.js';
import type { LogoCheck } from './logo-check.js';
import type { NotificationSettingsFormMessages } from './notification-settings-form.messages.js';
import { changedFields, draftFromSettings, fieldValue, URL_FIELDS, type DraftField, type SettingsDraft, type UrlField } from './settings-draft.js';
import type { ConflictChoice, SettingsFormState } from './settings-form-state.js';
import { checkableUrl } from './settings-urls.js';
import type { DraftIssues, FieldIssue } from './settings-validation.js';

/** What the form's templates need from the element: its strings, what it knows, and its handlers. */
export interface FormContext {
  text: NotificationSettingsFormMessages;
  logoCheck: LogoCheck | null;
  dirty: boolean;
  issuesFor: (current: Extract<SettingsFormState, { type: 'editing' | 'saving' }>) => DraftIssues;
  handleEdit: () => void;
  handleCancel: () => void;
  handleUrlInput: (event: InputEvent) => void;
  handleToggle: (event: Event) => void;
  handleSubmit: (event: SubmitEvent) => void;
  handleRetry: () => void;
  handleChoice: (event: Event) => void;
  handleSaveChoices: () => void;
  handleUseTheirs: () => void;
  handleKeepEditing: () => void;
}

export const FIELD_TEXT = {
  logoUrl: { label: 'logoLabel', help: 'logoHelp', slot: 'logo-help' },
  controlPanelUrl: { label: 'controlPanelLabel', help: 'controlPanelHelp', slot: 'control-panel-help' },
  websiteUrl: { label: 'websiteLabel', help: 'websiteHelp', slot: 'website-help' },
} as const satisfies Record<UrlField, { label: keyof NotificationSettingsFormMessages; help: keyof NotificationSettingsFormMessages; slot: string }>;

export function renderView(ctx: FormContext, settings: NotificationSettings): TemplateResult {
  const text = ctx.text;
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
        <dd>${renderLink(ctx, settings.controlPanelUrl)}</dd>
      </div>
      <div>
        <dt>${text.websiteLabel}</dt>
        <dd>${renderLink(ctx, settings.websiteUrl)}</dd>
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
      <button part="button primary edit-button" type="button" @click=${ctx.handleEdit}>${text.edit}</button>
    </div>
  `;
}

// Only http(s) URLs become links (lit/lit#1196); anything else is shown as text and never navigated to.
function renderLink(ctx: FormContext, url: string | null): TemplateResult | string {
  const safe = safeHttpUrl(url);
  if (!safe) return url ?? ctx.text.none;
  return html`<a href=${safe} target="_blank" rel="noopener noreferrer">${url}</a>`;
}

export function renderForm(ctx: FormContext, current: Extract<SettingsFormState, { type: 'editing' | 'saving' }>): TemplateResult {
  const text = ctx.text;
  const saving = current.type === 'saving';
  const issues = ctx.issuesFor(current);
  const offered = current.saved.settings.notifications;
  const saveError = current.type === 'editing' ? current.saveError : null;
  return html`
    <form novalidate @submit=${ctx.handleSubmit}>
      ${URL_FIELDS.map((field) => renderUrlField(ctx, field, current.draft, issues[field], saving))}
      <fieldset part="field notifications-field" aria-describedby="notifications-help">
        <legend part="label">${text.notificationsLabel}</legend>
        <p part="help" id="notifications-help">${text.notificationsHelp} <slot name="notifications-help"></slot></p>
        ${offered.length === 0
          ? html`<p>${text.noNotifications}</p>`
          : html`<ul class="toggles">
              ${offered.map((toggle, index) => renderToggle(ctx, toggle, index, current.draft, saving))}
            </ul>`}
      </fieldset>
      ${saveError ? renderSaveError(ctx, saveError) : nothing}
      <div part="actions">
        <button part="button primary save-button" type="submit" ?disabled=${saving || !ctx.dirty}>
          ${saving ? text.saving : text.save}
        </button>
        <button part="button cancel-button" type="button" ?disabled=${saving} @click=${ctx.handleCancel}>${text.cancel}</button>
      </div>
    </form>
  `;
}

function renderUrlField(ctx: FormContext, field: UrlField, draft: SettingsDraft, issue: FieldIssue | undefined, saving: boolean): TemplateResult {
  const text = ctx.text;
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
        @input=${ctx.handleUrlInput}
      />
      ${field === 'logoUrl' ? renderLogoSize(ctx, draft.logoUrl) : nothing}
      ${issue ? html`<p part="message" class=${issue.severity} id="${field}-message">${issueText(ctx, issue)}</p>` : nothing}
    </div>
  `;
}

function renderLogoSize(ctx: FormContext, logoUrl: string): TemplateResult {
  const check = ctx.logoCheck;
  const current = check && check.url === checkableUrl(logoUrl) ? check : null;
  const label =
    current?.status === 'checking'
      ? ctx.text.logoChecking
      : current?.status === 'loaded'
        ? ctx.text.logoSize(current.width, current.height)
        : '';
  return html`<p part="logo-size" id="logo-size" ?hidden=${label === ''}>${label}</p>`;
}

function renderToggle(ctx: FormContext, toggle: NotificationToggle, index: number, draft: SettingsDraft, saving: boolean): TemplateResult {
  return html`
    <li>
      <label part="toggle">
        <input
          type="checkbox"
          role="switch"
          data-type=${toggle.type}
          name="notification-${index}"
          ?checked=${draft.enabled[toggle.type] ?? toggle.enabled}
          ${checked(draft.enabled[toggle.type] ?? toggle.enabled)}
          ?disabled=${saving}
          @change=${ctx.handleToggle}
        />
        <span>${toggle.label}</span>
      </label>
    </li>
  `;
}

function renderSaveError(ctx: FormContext, error: BillingError): TemplateResult {
  return html`
    <div part="alert" role="alert">
      <p>${errorMessage(error, ctx.text)}</p>
      ${error.retryable
        ? html`<button part="button retry-button" type="button" @click=${ctx.handleRetry}>${ctx.text.retry}</button>`
        : nothing}
    </div>
  `;
}

export function renderConflict(ctx: FormContext, current: Extract<SettingsFormState, { type: 'conflict' }>): TemplateResult {
  const text = ctx.text;
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
                <th scope="row" id="conflict-field-${index}">${fieldLabel(ctx, field, current)}</th>
                ${renderChoice(ctx, field, index, 'theirs', fieldValue(theirs, field), choice)}
                ${renderChoice(ctx, field, index, 'mine', fieldValue(current.draft, field), choice)}
              </tr>
            `;
          })}
        </tbody>
      </table>
      <div part="actions">
        <button part="button primary save-button" type="button" @click=${ctx.handleSaveChoices}>${text.keepSelected}</button>
        <button part="button use-theirs-button" type="button" @click=${ctx.handleUseTheirs}>${text.useTheirs}</button>
        <button part="button keep-editing-button" type="button" @click=${ctx.handleKeepEditing}>${text.keepEditing}</button>
      </div>
    </div>
  `;
}

function renderChoice(ctx: FormContext, field: DraftField, index: number, side: ConflictChoice, value: string | boolean, choice: ConflictChoice): TemplateResult {
  const text = ctx.text;
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
          ?checked=${choice === side}
          ${checked(choice === side)}
          @change=${ctx.handleChoice}
        />
        <span><span class="visually-hidden">${side === 'mine' ? text.conflictMine : text.conflictTheirs}: </span>${shown}</span>
      </label>
    </td>
  `;
}

function fieldLabel(ctx: FormContext, field: DraftField, current: Extract<SettingsFormState, { type: 'conflict' }>): string {
  if (field in FIELD_TEXT) return ctx.text[FIELD_TEXT[field as UrlField].label];
  const type = field.slice('notification:'.length);
  const toggle = [...current.theirs.settings.notifications, ...current.saved.settings.notifications].find((t) => t.type === type);
  return toggle?.label ?? type;
}

function issueText(ctx: FormContext, issue: FieldIssue): string {
  const text = ctx.text;
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

