/**
 * Types `<billing-provider>`, `<invoice-history>`, `<invoice-detail>` and `<notification-settings-form>` in React 19's
 * JSX. Load once, e.g. `import type {} from 'billing-elements/react';` in any file of the app.
 *
 * React 19 sets a prop as a property when the element has one (`messages={…}`, `customerId="…"`), else as an
 * attribute (`customer-id="…"`), and turns `on` + the event's exact name into a listener: `oninvoice-select={…}`.
 * Properties only reach the element as properties if it is defined before React renders it, so import the library
 * first.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { BillingElementApis, BillingTagName } from './element-types.js';

/** The JSX props of one billing element: React's HTML props, its properties, its attributes and its event handlers. */
export type BillingElementProps<Tag extends BillingTagName> = DetailedHTMLProps<HTMLAttributes<BillingElementApis[Tag]['element']>, BillingElementApis[Tag]['element']> &
  Partial<BillingElementApis[Tag]['properties']> &
  Partial<BillingElementApis[Tag]['attributes']> & {
    [Name in keyof BillingElementApis[Tag]['events'] as `on${Name & string}`]?: (event: BillingElementApis[Tag]['events'][Name]) => void;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'billing-provider': BillingElementProps<'billing-provider'>;
      'invoice-history': BillingElementProps<'invoice-history'>;
      'invoice-detail': BillingElementProps<'invoice-detail'>;
      'notification-settings-form': BillingElementProps<'notification-settings-form'>;
    }
  }
}
