// Just enough of pdfmake's browser build for the benchmark (the package ships no types).
declare module 'pdfmake/build/pdfmake.js' {
  interface CreatedPdf {
    getBlob(): Promise<Blob>;
  }
  const pdfMake: {
    addVirtualFileSystem(vfs: Record<string, string>): void;
    createPdf(definition: object): CreatedPdf;
  };
  export default pdfMake;
}

declare module 'pdfmake/build/vfs_fonts.js' {
  const vfs: Record<string, string>;
  export default vfs;
}
