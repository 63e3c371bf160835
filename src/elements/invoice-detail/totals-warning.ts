import { html, nothing, type TemplateResult } from 'lit';
import type { Invoice, Money } from '../../api/types.js';
import { formatMoney } from '../../format/money.js';
import { checkInvoiceTotals, type TotalsFinding } from '../../invoice/check-invoice-totals.js';
import type { InvoiceDetailMessages } from './invoice-detail.messages.js';

type RuleKey = keyof InvoiceDetailMessages &
  (
    | 'totalsRuleLineNet'
    | 'totalsRuleAllowances'
    | 'totalsRuleCharges'
    | 'totalsRuleNet'
    | 'totalsRuleTax'
    | 'totalsRuleGross'
    | 'totalsRuleDue'
    | 'totalsRuleTaxable'
    | 'totalsRuleTaxAmount'
    | 'totalsRuleSubtotal'
    | 'totalsRuleDiscounts'
    | 'totalsRulePaid'
    | 'totalsRuleCurrency'
    | 'totalsRuleOther'
  );

/** The EN 16931 document-total rules (and the contract's own), each with what it says in plain words. */
const RULE_KEYS: Readonly<Record<string, RuleKey>> = {
  'BR-CO-10': 'totalsRuleLineNet',
  'BR-CO-11': 'totalsRuleAllowances',
  'BR-CO-12': 'totalsRuleCharges',
  'BR-CO-13': 'totalsRuleNet',
  'BR-CO-14': 'totalsRuleTax',
  'BR-CO-15': 'totalsRuleGross',
  'BR-CO-16': 'totalsRuleDue',
  'BE-SUBTOTAL': 'totalsRuleSubtotal',
  'BE-DISCOUNT-TOTAL': 'totalsRuleDiscounts',
  'BE-AMOUNT-PAID': 'totalsRulePaid',
  'BE-CURRENCY': 'totalsRuleCurrency',
};

/** What a rule checks, in the reader's words: the per-category VAT rules (BR-S-08, BR-AE-09, …) by their number. */
function ruleKey(rule: string): RuleKey {
  const known = RULE_KEYS[rule];
  if (known) return known;
  if (rule.endsWith('-08')) return 'totalsRuleTaxable';
  if (rule.endsWith('-09')) return 'totalsRuleTaxAmount';
  return 'totalsRuleOther';
}

/**
 * What does not add up, or null when everything does. Never throws: the figures come from someone else's billing
 * system, and a check that cannot read them says so rather than taking the page down.
 */
export function totalsProblems(invoice: Invoice): TotalsFinding[] | 'unreadable' | null {
  try {
    const findings = checkInvoiceTotals(invoice);
    return findings.length > 0 ? findings : null;
  } catch {
    return 'unreadable';
  }
}

/**
 * The reseller's notice that a backend's figures do not add up (issue #14: arithmetic is checked, not trusted): each
 * rule broken, named by its EN 16931 id and in plain words, with the figure sent and the one the rule gives. The
 * invoice below still shows the backend's own figures; the element shows this only in the reseller's view, never to
 * the customer, and not in print.
 */
export function renderTotalsWarning(invoice: Invoice, messages: InvoiceDetailMessages, locale: string): TemplateResult | typeof nothing {
  const problems = totalsProblems(invoice);
  if (problems === null) return nothing;
  return html`<div part="totals-warning" class="notice warning no-print" role="note" aria-labelledby="totals-warning-title">
    <p id="totals-warning-title" class="notice-title">${messages.totalsWarningTitle}</p>
    <p>${messages.totalsWarningBody}</p>
    <ul>
      ${problems === 'unreadable'
        ? html`<li>${messages.totalsUnreadable}</li>`
        : problems.map(
            (finding) =>
              html`<li data-rule=${finding.rule}>
                ${messages.totalsFinding(messages[ruleKey(finding.rule)], finding.rule, amount(finding.actual, locale), amount(finding.expected, locale))}
              </li>`,
          )}
    </ul>
  </div>`;
}

/** An amount for the notice; one the contract should never send (a float) is a dash rather than a crash. */
function amount(money: Money, locale: string): string {
  try {
    return formatMoney(money, locale);
  } catch {
    return '—';
  }
}
