/** Loads src/styles/themes.css into the test page the way a host page does: a <link> in the document's head. */
export async function loadThemes(): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../src/styles/themes.css', import.meta.url).href;
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}
