// Nothing is needed for the PDF worker or its fonts: Vite emits `new Worker(new URL(…, import.meta.url))` and
// `new URL('./x.ttf', import.meta.url)` as files of their own by default.
export default { logLevel: 'warn', build: { outDir: 'dist' } };
