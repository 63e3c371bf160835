import { expect } from '@open-wc/testing';
import { formatDate, formatDateRange, formatDateTime } from '../../src/format/dates.js';

describe('formatDate', () => {
  it('formats a calendar date for the locale', () => {
    expect(formatDate('2026-03-31', 'en-US')).to.equal('Mar 31, 2026');
    expect(formatDate('2026-03-31', 'de-DE')).to.equal('31.03.2026');
  });

  it('keeps the calendar day whatever the time zone, as UTC midnight would otherwise shift it', () => {
    // The first of a month is where a shift shows: a day earlier would land in the previous month.
    expect(formatDate('2026-01-01', 'en-US', 'long')).to.equal('January 1, 2026');
  });

  it('ignores a time part after the date', () => {
    expect(formatDate('2026-03-31T23:59:59Z', 'en-US')).to.equal('Mar 31, 2026');
  });

  it('uses the requested style', () => {
    expect(formatDate('2026-03-31', 'en-US', 'short')).to.equal('3/31/26');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('not a date', 'en-US')).to.equal('not a date');
    expect(formatDate('', 'en-US')).to.equal('');
  });
});

describe('formatDateRange', () => {
  it('formats a range compactly', () => {
    expect(formatDateRange({ start: '2026-03-01', end: '2026-03-31' }, 'en-US')).to.equal('Mar 1 – 31, 2026');
  });

  it('falls back to both ends as given when one is not a date', () => {
    expect(formatDateRange({ start: '2026-03-01', end: 'soon' }, 'en-US')).to.equal('2026-03-01 – soon');
  });
});

describe('formatDateTime', () => {
  it('formats an instant with date and time', () => {
    const formatted = formatDateTime('2026-03-31T12:00:00Z', 'en-US');
    // Noon UTC is Mar 31 or Apr 1 depending on the viewer's time zone.
    expect(formatted).to.match(/^(Mar 31|Apr 1), 2026, \d{1,2}:\d{2}\s?[AP]M$/);
  });

  it('returns text that is not an instant unchanged', () => {
    expect(formatDateTime('yesterday', 'en-US')).to.equal('yesterday');
  });
});
