/** Thrown by the send dialog's sender when the PDF to attach could not be made; nothing was sent. */
export class PdfGenerationError extends Error {
  override readonly name = 'PdfGenerationError';
}
