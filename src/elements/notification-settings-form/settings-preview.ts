import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { NotificationSettings } from '../../api/types.js';
import { emailFrame } from '../../email/email-frame.js';
import { Lazy, type LazyController } from '../../lazy.js';
import { settingsFromDraft, type SettingsDraft } from './settings-draft.js';

/** The e-mail renderer for the preview, loaded after the form's first render (the preview fills in when it arrives). */
const emailPreview = new Lazy(() => import('./email-preview.js'));

/** How long typing must pause before the preview re-renders the e-mail. */
const PREVIEW_DELAY_MS = 150;

/**
 * The live preview beside the settings form: the customer e-mail as it will be sent, for the saved settings or the
 * draft. The draft it shows trails the typing a little (`schedule`), so fast typing does not re-render the e-mail on
 * each key; `showNow` is for a new phase, whose draft shows at once.
 */
export class SettingsPreview implements ReactiveController {
  /** The draft shown; null shows the saved settings (or nothing). */
  private draft: SettingsDraft | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private cache: { source: SettingsDraft | NotificationSettings; locale: string; sellerName: string | null; html: string } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly lazy: LazyController,
  ) {
    host.addController(this);
  }

  get hasDraft(): boolean {
    return this.draft !== null;
  }

  showNow(draft: SettingsDraft | null): void {
    this.draft = draft;
  }

  /** Shows `currentDraft()` once typing pauses; a timer rather than a frame, as frames do not run in background tabs. */
  schedule(currentDraft: () => SettingsDraft | null): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const draft = currentDraft();
      if (!draft) return;
      this.draft = draft;
      this.host.requestUpdate();
    }, PREVIEW_DELAY_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  render(saved: NotificationSettings | null, locale: string, sellerName: string | null, text: { previewHeading: string; previewTitle: string }): TemplateResult | typeof nothing {
    const source = this.draft ?? saved;
    if (!source) return nothing;
    const renderer = this.lazy.use(emailPreview);
    const stale = this.cache?.source !== source || this.cache.locale !== locale || this.cache.sellerName !== sellerName;
    if (renderer && stale) {
      const settings = 'enabled' in source ? settingsFromDraft(source, []) : source;
      this.cache = { source, locale, sellerName, html: renderer.renderEmailPreview(settings, locale, sellerName) };
    }
    return html`
      <section part="preview" aria-labelledby="preview-heading">
        <h3 id="preview-heading">${text.previewHeading}</h3>
        <iframe sandbox="allow-same-origin" title=${text.previewTitle} ${this.cache ? emailFrame(this.cache.html) : nothing}></iframe>
      </section>
    `;
  }
}
