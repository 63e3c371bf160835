/**
 * The library's one Trusted Types policy, `billing-elements` (browser only). Under a Content Security Policy with
 * `require-trusted-types-for 'script'`, strings may reach HTML sinks (`srcdoc`, `DOMParser`) only as `TrustedHTML`
 * and script-URL sinks (`new Worker`) only as `TrustedScriptURL`, made by a policy the page allows
 * (`trusted-types lit-html billing-elements`, docs/csp.md). Two places need it: the e-mail previews, which show
 * HTML from `renderInvoiceEmail` (it escapes every value itself), and the PDF worker, a same-origin file of the
 * library. The policy object is module-private, so no other code can launder a string with it.
 *
 * Created on first use, so a page that never shows a preview or makes a PDF never needs the name. Where the page
 * does not allow it, the callers get `null` and do without (no preview; the PDF is made in the page) instead of
 * breaking; a console warning says what to add.
 */

/** The name integrators list in their `trusted-types` directive. */
export const TRUSTED_TYPES_POLICY_NAME = 'billing-elements';

/** Opaque values the page's Trusted Types enforcement accepts (TypeScript's DOM library does not declare them yet). */
export type TrustedHTML = { readonly trustedHtml: unique symbol };
export type TrustedScriptURL = { readonly trustedScriptUrl: unique symbol };

interface Policy {
  createHTML(input: string): TrustedHTML;
  createScriptURL(input: string): TrustedScriptURL;
}
interface PolicyFactory {
  createPolicy(name: string, rules: { createHTML(input: string): string; createScriptURL(input: string): string }): Policy;
}

let policy: Policy | 'unsupported' | 'refused' | undefined;

function currentPolicy(): Policy | 'unsupported' | 'refused' {
  if (policy === undefined) {
    const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
    if (!factory) return (policy = 'unsupported');
    try {
      // Pass-through rules: what may reach them is decided by the two functions below, the only callers.
      policy = factory.createPolicy(TRUSTED_TYPES_POLICY_NAME, { createHTML: (input) => input, createScriptURL: (input) => input });
    } catch (error) {
      policy = 'refused';
      console.warn(
        `billing-elements: this page's Content Security Policy does not allow the Trusted Types policy ` +
          `"${TRUSTED_TYPES_POLICY_NAME}", so e-mail previews are off and PDFs are made without a worker. ` +
          `Add it to the trusted-types directive (docs/csp.md).`,
        error,
      );
    }
  }
  return policy;
}

/**
 * HTML the library rendered itself (with escaping), as `TrustedHTML` where the browser has Trusted Types, as it is
 * elsewhere; `null` when the page refuses the policy.
 */
export function trustedHtml(html: string): TrustedHTML | string | null {
  const current = currentPolicy();
  if (current === 'unsupported') return html;
  return current === 'refused' ? null : current.createHTML(html);
}

/**
 * A worker script URL as `TrustedScriptURL`; `null` when the page refuses the policy or the URL is not on the page's
 * own origin (workers must be same-origin anyway, so nothing else is ever vouched for). A worker from another origin
 * starts through a same-origin `blob:` bootstrap (src/start-worker.ts), which is what gets vouched for.
 */
export function trustedScriptUrl(url: URL | string): TrustedScriptURL | string | null {
  const absolute = new URL(String(url), document.baseURI);
  if (absolute.origin !== location.origin) return null;
  const current = currentPolicy();
  if (current === 'unsupported') return absolute.href;
  return current === 'refused' ? null : current.createScriptURL(absolute.href);
}
