/**
 * The strict-CSP demo page (demo/csp.html): the three elements inside one `<billing-provider>`, with just enough
 * glue to open an invoice from the history and go back. It also lists every `securitypolicyviolation` the page
 * meets, so a person trying the page sees at once whether the policy was broken.
 *
 * Served by demo/csp-server.ts next to the BUILT standalone bundle, never by Vite's dev server, whose injected
 * inline client script a strict policy forbids. It imports types only, so it compiles on its own; the elements come
 * from the bundle the page loads.
 */
import type {} from '../src/elements/invoice-detail/invoice-detail.ts';
import type {} from '../src/elements/invoice-history/invoice-history.ts';

const historySection = document.querySelector<HTMLElement>('#history-section')!;
const detailSection = document.querySelector<HTMLElement>('#detail-section')!;
const history = document.querySelector('invoice-history')!;
const detail = document.querySelector('invoice-detail')!;
const summary = document.querySelector<HTMLElement>('#violation-summary')!;
const violations = document.querySelector<HTMLOListElement>('#violations')!;

history.addEventListener('invoice-select', (event) => {
  // The page routes itself: no href-template, so opening an invoice swaps the two sections.
  event.preventDefault();
  detail.invoiceId = event.invoiceId;
  historySection.hidden = true;
  detailSection.hidden = false;
});

detail.addEventListener('invoice-back', () => {
  detailSection.hidden = true;
  historySection.hidden = false;
});

document.addEventListener('securitypolicyviolation', (event) => {
  const item = document.createElement('li');
  item.textContent = `${event.effectiveDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile || 'no file'}:${event.lineNumber})`;
  violations.append(item);
  summary.textContent = `${violations.childElementCount} Content Security Policy or Trusted Types violation(s):`;
  summary.classList.add('has-violations');
});

// Shows the policy the page was really served with, read back from the response header.
void fetch(location.href, { method: 'HEAD' }).then((response) => {
  const policy = response.headers.get('content-security-policy');
  if (policy) document.querySelector('#policy')!.textContent = policy.split(/;\s*/).join(';\n');
});
