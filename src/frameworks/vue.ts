/**
 * Types `<billing-provider>`, `<invoice-history>`, `<invoice-detail>` and `<notification-settings-form>` in Vue 3
 * templates (vue-tsc, Volar). Load once, e.g. `import type {} from 'billing-elements/vue';` in any file of the app.
 *
 * This follows Vue's guide for custom elements not built with Vue: each tag is a `GlobalComponents` entry whose
 * `$props` are the element's properties and attributes and whose `$emit` lists its events. At run time Vue sets a
 * binding as a property when the element has one (`:messages="…"`) and as an attribute otherwise (`customer-id="…"`),
 * and `@invoice-select` listens to the DOM event of that name. Tell Vue's template compiler these are custom elements:
 * `compilerOptions.isCustomElement = (tag) => tag.includes('-')`.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { BillingElementApis, BillingTagName } from './element-types.js';

type Api<Tag extends BillingTagName> = BillingElementApis[Tag];

/** A billing element as Vue's type checker sees a component. `$props` and `$emit` exist for type checking only. */
export type BillingVueElement<Tag extends BillingTagName> = new () => Api<Tag>['element'] & {
  /** @deprecated For template type checking only; the element has no `$props`. */
  $props: HTMLAttributes & Partial<Api<Tag>['properties']> & Partial<Api<Tag>['attributes']> & PublicProps;
  /** @deprecated For template type checking only; the element has no `$emit`. */
  $emit: EmitFn<{ [Name in keyof Api<Tag>['events']]: (event: Api<Tag>['events'][Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    'billing-provider': BillingVueElement<'billing-provider'>;
    'invoice-history': BillingVueElement<'invoice-history'>;
    'invoice-detail': BillingVueElement<'invoice-detail'>;
    'notification-settings-form': BillingVueElement<'notification-settings-form'>;
  }
}
