import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_VIEW,
  hasFilters,
  invoiceHref,
  parseIsoDate,
  parseStatuses,
  toggleSort,
  toInvoiceQuery,
  viewFromSearchParams,
  writeViewToSearchParams,
  type InvoiceView,
} from '../../../src/elements/invoice-history/invoice-query.ts';

const filtered: InvoiceView = {
  statuses: ['open', 'overdue'],
  issuedFrom: '2025-01-01',
  issuedTo: '2025-12-31',
  search: ' hosting ',
  sort: 'total',
  order: 'asc',
  cursor: 'abc',
};

describe('toInvoiceQuery', () => {
  test('the default view asks for newest first with nothing else but the page size', () => {
    assert.deepEqual(toInvoiceQuery(DEFAULT_VIEW, 25), { limit: 25, sort: 'issueDate', order: 'desc' });
  });

  test('every filter, the sort and the cursor reach the query, search trimmed', () => {
    assert.deepEqual(toInvoiceQuery(filtered, 10), {
      limit: 10,
      sort: 'total',
      order: 'asc',
      cursor: 'abc',
      status: ['open', 'overdue'],
      issuedFrom: '2025-01-01',
      issuedTo: '2025-12-31',
      search: 'hosting',
    });
  });
});

describe('hasFilters', () => {
  test('sort and cursor are not filters', () => {
    const sortedAndPaged: InvoiceView = { ...DEFAULT_VIEW, sort: 'number', order: 'asc', cursor: 'x' };
    assert.equal(hasFilters(sortedAndPaged), false);
  });

  test('whitespace-only search is not a filter', () => {
    assert.equal(hasFilters({ ...DEFAULT_VIEW, search: '   ' }), false);
  });

  test('a status is a filter', () => {
    assert.equal(hasFilters({ ...DEFAULT_VIEW, statuses: ['paid'] }), true);
  });
});

describe('toggleSort', () => {
  test('the sorted column flips its order', () => {
    assert.deepEqual(toggleSort(DEFAULT_VIEW, 'issueDate'), { sort: 'issueDate', order: 'asc' });
  });

  test('a new text column starts A to Z, a new amount column largest first', () => {
    assert.deepEqual(toggleSort(DEFAULT_VIEW, 'number'), { sort: 'number', order: 'asc' });
    assert.deepEqual(toggleSort(DEFAULT_VIEW, 'total'), { sort: 'total', order: 'desc' });
  });
});

describe('parsing untrusted values', () => {
  test('unknown statuses are dropped and the rest come back in canonical order without duplicates', () => {
    assert.deepEqual(parseStatuses('void,<script>,open,OPEN,'), ['open', 'void']);
  });

  test('only real ISO calendar dates are accepted', () => {
    assert.equal(parseIsoDate('2025-02-28'), '2025-02-28');
    assert.equal(parseIsoDate('2025-02-30'), null);
    assert.equal(parseIsoDate('28.02.2025'), null);
    assert.equal(parseIsoDate('2025-02-28T00:00:00Z'), null);
  });
});

describe('URL round trip', () => {
  test('a view written to the query string reads back the same', () => {
    const params = writeViewToSearchParams(new URLSearchParams(), filtered);
    assert.deepEqual(viewFromSearchParams(params), { ...filtered, search: 'hosting' });
  });

  test('the default view writes nothing', () => {
    assert.equal(writeViewToSearchParams(new URLSearchParams(), DEFAULT_VIEW).toString(), '');
  });

  test("the host's own parameters are kept and ours are prefixed", () => {
    const params = writeViewToSearchParams(new URLSearchParams('tab=billing&ih-cursor=old'), { ...DEFAULT_VIEW, statuses: ['paid'] }, 'ih-');
    assert.equal(params.toString(), 'tab=billing&ih-status=paid');
  });

  test('malformed values in a hand-edited link fall back to the defaults', () => {
    const view = viewFromSearchParams(new URLSearchParams('status=bogus&issuedFrom=yesterday&sort=price&order=up'));
    assert.deepEqual(view, DEFAULT_VIEW);
  });

  test('a sort without an order uses that column’s first order', () => {
    assert.equal(viewFromSearchParams(new URLSearchParams('sort=number')).order, 'asc');
  });
});

describe('invoiceHref', () => {
  const base = 'https://portal.example/app/';

  test('the id is percent-encoded into the template', () => {
    assert.equal(invoiceHref('/billing/invoices/{id}', 'a/b?c#d', base), 'https://portal.example/billing/invoices/a%2Fb%3Fc%23d');
  });

  test('a javascript: template gives no link, whatever the id', () => {
    assert.equal(invoiceHref('javascript:alert({id})', 'x', base), null);
    assert.equal(invoiceHref(' JaVaScRiPt:alert(1)//{id}', 'x', base), null);
  });

  test('an id cannot turn a relative template into another scheme', () => {
    assert.equal(invoiceHref('{id}', 'javascript:alert(1)', base), 'https://portal.example/app/javascript%3Aalert(1)');
  });

  test('a template without {id} gives no link', () => {
    assert.equal(invoiceHref('/billing/invoices/', 'x', base), null);
  });
});
