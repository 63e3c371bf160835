/** Runs `body` with `window.Worker` removed, as in a browser without workers: the PDF is then made in the page. */
export async function withoutWorkers<T>(body: () => Promise<T>): Promise<T> {
  const saved = window.Worker;
  (window as { Worker?: typeof Worker | undefined }).Worker = undefined;
  try {
    return await body();
  } finally {
    window.Worker = saved;
  }
}
