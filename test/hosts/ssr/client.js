// The page's script after a server rendered the elements: give the element with a server-side state the same
// state before the elements are defined (as an app hydrating its own data would), then load the library and report
// what the upgraded elements show.
const data = JSON.parse(document.getElementById('ssr-data').textContent);
const given = document.getElementById('given');
const state = { type: 'loaded', invoice: data.invoice };
given.state = state;

const shadowText = (element) => element.shadowRoot?.textContent.replace(/\s+/g, ' ').trim() ?? null;
const ids = ['history', 'given', 'unchosen', 'settings'];
const elements = ids.map((id) => document.getElementById(id));
const before = Object.fromEntries(elements.map((element) => [element.id, shadowText(element)]));

try {
  await import('billing-elements');
  await Promise.all(elements.map((element) => element.updateComplete));
  const history = document.getElementById('history');
  const settings = document.getElementById('settings');
  // The history and the form load from the backend over HTTP once their code is here.
  for (let tries = 0; tries < 200 && (history.currentState.type !== 'loaded' || settings.currentState.type !== 'view'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await Promise.all(elements.map((element) => element.updateComplete));
  window.hostResult = {
    before,
    after: Object.fromEntries(elements.map((element) => [element.id, shadowText(element)])),
    states: Object.fromEntries(elements.map((element) => [element.id, element.currentState.type])),
    stateKept: given.state === state,
    showMsrp: given.showMsrp,
    bases: Object.fromEntries(elements.map((element) => [element.id, element.shadowRoot.querySelectorAll('[part~="base"]').length])),
    serverStyles: elements.reduce((count, element) => count + element.shadowRoot.querySelectorAll('style').length, 0),
    adoptedSheets: Object.fromEntries(elements.map((element) => [element.id, element.shadowRoot.adoptedStyleSheets.length])),
  };
} catch (error) {
  window.hostResult = { error: String(error?.stack ?? error) };
}
