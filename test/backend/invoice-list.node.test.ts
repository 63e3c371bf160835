import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { InvoicePage, InvoiceSummary, ProblemDetails } from '../../src/api/types.ts';
import { SEED_IDS } from '../../demo/backend/seed.ts';
import { testBackend } from './backend-client.ts';

const { call, json } = testBackend();
const LARGE = `/customers/${SEED_IDS.customers.large}/invoices`;
const MEDIUM = `/customers/${SEED_IDS.customers.medium}/invoices`;

/** Follows nextCursor from the first page to the last; returns every item in order. */
async function walkForward(base: string, query: string): Promise<{ items: InvoiceSummary[]; pages: InvoicePage[] }> {
  const items: InvoiceSummary[] = [];
  const pages: InvoicePage[] = [];
  let cursor: string | null = null;
  do {
    const separator = query ? '&' : '';
    const { response, body }: { response: Response; body: InvoicePage } = await json<InvoicePage>(
      `${base}?${query}${cursor ? `${separator}cursor=${cursor}` : ''}`,
    );
    assert.equal(response.status, 200);
    pages.push(body);
    items.push(...body.items);
    cursor = body.nextCursor;
  } while (cursor);
  return { items, pages };
}

describe('invoice list paging', () => {
  test('paging through all 10,000 invoices of cus-large visits each exactly once', async () => {
    const { items, pages } = await walkForward(LARGE, 'limit=100');
    assert.equal(items.length, 10_000);
    assert.equal(new Set(items.map((item) => item.id)).size, 10_000);
    assert.equal(pages.length, 100);
    pages.forEach((page, position) => {
      assert.equal(page.offset, position * 100);
      assert.equal(page.totalCount, 10_000);
    });
  });

  test('following previousCursor from the last page walks back over the same items', async () => {
    const { items: forward, pages } = await walkForward(MEDIUM, 'limit=40');
    const backward: InvoiceSummary[] = [];
    let page: InvoicePage = pages.at(-1)!;
    backward.unshift(...page.items);
    while (page.previousCursor) {
      page = (await json<InvoicePage>(`${MEDIUM}?limit=40&cursor=${page.previousCursor}`)).body;
      backward.unshift(...page.items);
    }
    assert.deepEqual(backward.map((item) => item.id), forward.map((item) => item.id));
  });

  test('the first page has no previous cursor and the last no next cursor', async () => {
    const { pages } = await walkForward(MEDIUM, 'limit=100');
    assert.equal(pages[0]!.previousCursor, null);
    assert.equal(pages.at(-1)!.nextCursor, null);
  });

  test('the default page holds 25 invoices, newest first', async () => {
    const { body } = await json<InvoicePage>(MEDIUM);
    assert.equal(body.items.length, 25);
    const dates = body.items.map((item) => item.issueDate);
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('a customer without invoices gets an empty page', async () => {
    const { response, body } = await json<InvoicePage>(`/customers/${SEED_IDS.customers.empty}/invoices`);
    assert.equal(response.status, 200);
    assert.deepEqual(body, { items: [], totalCount: 0, offset: 0, nextCursor: null, previousCursor: null, balanceDue: [] });
  });

  test('an unknown customer is a 404 problem', async () => {
    const response = await call('/customers/cus-nobody/invoices');
    assert.equal(response.status, 404);
    assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
  });
});

describe('invoice list filters', () => {
  test('status keeps only invoices with any of the listed statuses', async () => {
    const { items } = await walkForward(MEDIUM, 'status=overdue,void&limit=100');
    assert.ok(items.length > 0);
    assert.ok(items.every((item) => item.status === 'overdue' || item.status === 'void'));
    const { items: all } = await walkForward(MEDIUM, 'limit=100');
    assert.equal(items.length, all.filter((item) => item.status === 'overdue' || item.status === 'void').length);
  });

  test('issuedFrom and issuedTo are inclusive', async () => {
    const { items: all } = await walkForward(MEDIUM, 'limit=100');
    const from = all[60]!.issueDate;
    const to = all[20]!.issueDate;
    const { items } = await walkForward(MEDIUM, `issuedFrom=${from}&issuedTo=${to}&limit=100`);
    const expected = all.filter((item) => item.issueDate >= from && item.issueDate <= to);
    assert.deepEqual(items.map((item) => item.id), expected.map((item) => item.id));
    assert.ok(items.some((item) => item.issueDate === from) && items.some((item) => item.issueDate === to));
  });

  test('search matches the number case-insensitively', async () => {
    const { body } = await json<InvoicePage>(`${MEDIUM}?search=inv-2024-00100`);
    assert.deepEqual(body.items.map((item) => item.number), ['INV-2024-00100']);
  });

  test('search matches a substring of the description case-insensitively', async () => {
    const { items } = await walkForward(MEDIUM, 'search=WEBHOSTING&limit=100');
    assert.ok(items.length > 0);
    assert.ok(items.every((item) => item.description.toLowerCase().includes('webhosting')));
  });

  test('search finds non-Latin text', async () => {
    const { body } = await json<InvoicePage>(`/customers/${SEED_IDS.customers.yen}/invoices?search=${encodeURIComponent('ドメイン')}`);
    assert.ok(body.totalCount > 0);
    assert.ok(body.items.every((item) => item.description.includes('ドメイン')));
  });

  test('filters combine, and totalCount counts every match across pages', async () => {
    const { body } = await json<InvoicePage>(`${LARGE}?status=paid&issuedFrom=2020-01-01&issuedTo=2020-12-31&search=domain&limit=5`);
    assert.equal(body.items.length, 5);
    assert.ok(body.totalCount > 5);
    assert.ok(body.items.every((item) => item.status === 'paid' && item.issueDate.startsWith('2020') && /domain/i.test(item.description)));
  });

  test('balanceDue covers all open and overdue invoices, whatever the filters', async () => {
    const { items: all } = await walkForward(MEDIUM, 'limit=100');
    const expected = all
      .filter((item) => item.status === 'open' || item.status === 'overdue')
      .reduce((sum, item) => sum + item.amountDue.amountMinor, 0);
    const { body } = await json<InvoicePage>(`${MEDIUM}?status=paid&limit=1`);
    assert.deepEqual(body.balanceDue, [{ amountMinor: expected, currency: 'EUR' }]);
  });
});

describe('invoice list sorting', () => {
  const keys: Record<string, (item: InvoiceSummary) => string | number> = {
    issueDate: (item) => item.issueDate,
    dueDate: (item) => item.dueDate,
    number: (item) => item.number,
    total: (item) => item.total.amountMinor,
    status: (item) => ['draft', 'open', 'paid', 'overdue', 'void'].indexOf(item.status),
  };
  for (const [field, key] of Object.entries(keys)) {
    for (const order of ['asc', 'desc'] as const) {
      test(`sort=${field}&order=${order} orders by ${field}, ties by number`, async () => {
        const { items } = await walkForward(MEDIUM, `sort=${field}&order=${order}&limit=100`);
        assert.equal(items.length, 250);
        const expected = order === 'asc' ? -1 : 1;
        for (let position = 1; position < items.length; position++) {
          const [a, b] = [items[position - 1]!, items[position]!];
          const primary = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;
          const comparison = primary || (a.number < b.number ? -1 : 1);
          assert.equal(comparison, expected, `${a.number} before ${b.number}`);
        }
      });
    }
  }
});

describe('invoice list query errors', () => {
  async function problemOf(query: string): Promise<{ status: number; problem: ProblemDetails }> {
    const response = await call(`${MEDIUM}?${query}`);
    assert.match(response.headers.get('Content-Type')!, /^application\/problem\+json/);
    return { status: response.status, problem: (await response.json()) as ProblemDetails };
  }

  for (const [query, pointer] of [
    ['sort=amount', '/sort'],
    ['order=up', '/order'],
    ['limit=0', '/limit'],
    ['limit=101', '/limit'],
    ['limit=ten', '/limit'],
    ['status=open,unpaid', '/status'],
    ['issuedFrom=2026-02-30', '/issuedFrom'],
    ['issuedTo=yesterday', '/issuedTo'],
    ['issuedFrom=2026-02-01&issuedTo=2026-01-01', '/issuedTo'],
    [`search=${'x'.repeat(201)}`, '/search'],
    ['cursor=not-a-cursor', '/cursor'],
  ] as const) {
    test(`${query.slice(0, 40)} is a 400 pointing at ${pointer}`, async () => {
      const { status, problem } = await problemOf(query);
      assert.equal(status, 400);
      assert.ok(problem.errors?.some((error) => error.pointer === pointer), JSON.stringify(problem));
    });
  }

  test('a cursor reused with other filters is a 400', async () => {
    const { body } = await json<InvoicePage>(`${MEDIUM}?status=paid`);
    const { status, problem } = await problemOf(`status=overdue&cursor=${body.nextCursor}`);
    assert.equal(status, 400);
    assert.equal(problem.errors?.[0]?.pointer, '/cursor');
  });

  test('a cursor reused with another sort is a 400', async () => {
    const { body } = await json<InvoicePage>(`${MEDIUM}?sort=total`);
    assert.equal((await problemOf(`sort=number&cursor=${body.nextCursor}`)).status, 400);
  });

  test('a cursor reused for another customer is a 400', async () => {
    const { body } = await json<InvoicePage>(MEDIUM);
    const response = await call(`${LARGE}?cursor=${body.nextCursor}`);
    assert.equal(response.status, 400);
  });

  test('a cursor may be reused with another page size', async () => {
    const { body } = await json<InvoicePage>(`${MEDIUM}?limit=10`);
    const { response, body: next } = await json<InvoicePage>(`${MEDIUM}?limit=50&cursor=${body.nextCursor}`);
    assert.equal(response.status, 200);
    assert.equal(next.offset, 10);
    assert.equal(next.items.length, 50);
  });
});
