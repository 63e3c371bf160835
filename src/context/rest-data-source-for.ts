import type { BillingDataSource } from '../api/data-source.js';
import { BillingError } from '../api/errors.js';
import { RestDataSource, type RestDataSourceOptions } from '../api/rest-data-source.js';

/**
 * A RestDataSource for a `base-url` attribute. A base URL that is no URL at all must not break the element while it
 * renders, so it becomes a data source whose every call fails with a BillingError saying so; the element then shows
 * its error state like for any other failed load.
 */
export function restDataSourceFor(options: RestDataSourceOptions): BillingDataSource {
  try {
    return new RestDataSource(options);
  } catch (cause) {
    const fail = () =>
      Promise.reject(new BillingError('network', `The base URL "${options.baseUrl}" is not a valid URL.`, { cause }));
    return { listInvoices: fail, getInvoice: fail, sendInvoice: fail, getSettings: fail, saveSettings: fail };
  }
}
