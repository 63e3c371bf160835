/**
 * Checks a request to e-mail an invoice: recipients are plausible addresses (the same check as the send dialog,
 * `isEmailAddress`), within `SEND_LIMITS`, and the attachment really is a PDF (base64 whose bytes start with `%PDF`).
 * A line break in the subject or an address is refused: they become mail headers, and a CR/LF would start another.
 * Field errors point into the body (`/to/1`, `/attachment/contentBase64`).
 */
import { SEND_LIMITS } from '../../src/api/types.js';
import type { SendInvoiceRequest } from '../../src/api/types.js';
import { hasLineBreak } from '../../src/api/header-injection.js';
import { isEmailAddress } from '../../src/api/urls.js';
import { normalizeLocale } from '../../src/format/locale.js';
import type { FieldError } from './responses.js';

/** A checked request, with the attachment decoded. */
export interface ValidSendRequest extends Pick<SendInvoiceRequest, 'to' | 'cc' | 'bcc' | 'subject' | 'message' | 'language'> {
  filename: string;
  /** The attachment's bytes. */
  pdf: Uint8Array<ArrayBuffer>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> | null {
  if (base64.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) return null;
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return null;
  }
}

function recipients(body: Record<string, unknown>, field: 'to' | 'cc' | 'bcc', errors: FieldError[]): string[] {
  const value = body[field] ?? [];
  if (!Array.isArray(value)) {
    errors.push({ pointer: `/${field}`, detail: `${field} must be a list of e-mail addresses.` });
    return [];
  }
  const addresses: string[] = [];
  value.forEach((address: unknown, position) => {
    if (typeof address === 'string' && hasLineBreak(address)) {
      errors.push({ pointer: `/${field}/${position}`, detail: 'An e-mail address cannot contain a line break.' });
    } else if (typeof address !== 'string' || !isEmailAddress(address)) {
      errors.push({ pointer: `/${field}/${position}`, detail: 'Not a valid e-mail address.' });
    } else {
      addresses.push(address.trim());
    }
  });
  return addresses;
}

export function validateSendRequest(body: unknown): ValidSendRequest | FieldError[] {
  if (!isRecord(body)) return [{ pointer: '', detail: 'The body must be a JSON object.' }];
  const errors: FieldError[] = [];

  const to = recipients(body, 'to', errors);
  const cc = recipients(body, 'cc', errors);
  const bcc = recipients(body, 'bcc', errors);
  if (Array.isArray(body.to) && body.to.length === 0) errors.push({ pointer: '/to', detail: 'At least one recipient is needed.' });
  const recipientCount = (Array.isArray(body.to) ? body.to.length : 0) + (Array.isArray(body.cc) ? body.cc.length : 0) + (Array.isArray(body.bcc) ? body.bcc.length : 0);
  if (recipientCount > SEND_LIMITS.recipientsMax) errors.push({ pointer: '/to', detail: `At most ${SEND_LIMITS.recipientsMax} recipients in all.` });

  const subject = body.subject;
  if (typeof subject !== 'string' || subject.trim() === '') errors.push({ pointer: '/subject', detail: 'A subject is needed.' });
  else if (hasLineBreak(subject)) errors.push({ pointer: '/subject', detail: 'The subject cannot contain a line break.' });
  else if (subject.length > SEND_LIMITS.subjectMaxLength) errors.push({ pointer: '/subject', detail: `The subject must be at most ${SEND_LIMITS.subjectMaxLength} characters.` });

  const message = body.message ?? '';
  if (typeof message !== 'string') errors.push({ pointer: '/message', detail: 'The message must be text.' });
  else if (message.length > SEND_LIMITS.messageMaxLength) errors.push({ pointer: '/message', detail: `The message must be at most ${SEND_LIMITS.messageMaxLength} characters.` });

  // The e-mail's language, as the PDF is written: a BCP 47 tag, or left out for the buyer's.
  const language = body.language;
  const languageTag = typeof language === 'string' && language.length <= 35 ? normalizeLocale(language) : null;
  if (language !== undefined && languageTag === null) errors.push({ pointer: '/language', detail: 'The language must be a BCP 47 tag such as fr or pt-BR.' });

  let pdf: Uint8Array<ArrayBuffer> | null = null;
  const attachment = body.attachment;
  if (!isRecord(attachment)) {
    errors.push({ pointer: '/attachment', detail: 'The invoice PDF must be attached.' });
  } else {
    const { filename, contentType, contentBase64 } = attachment;
    if (typeof filename !== 'string' || filename.trim() === '' || filename.length > 255 || /[/\\\u0000-\u001f]/.test(filename)) {
      errors.push({ pointer: '/attachment/filename', detail: 'The file name must be 1–255 characters without slashes or control characters.' });
    }
    if (contentType !== 'application/pdf') errors.push({ pointer: '/attachment/contentType', detail: 'The attachment must be application/pdf.' });
    if (typeof contentBase64 !== 'string') {
      errors.push({ pointer: '/attachment/contentBase64', detail: 'The attachment content must be base64 text.' });
    } else if (contentBase64.length > Math.ceil(SEND_LIMITS.attachmentMaxBytes / 3) * 4) {
      errors.push({ pointer: '/attachment/contentBase64', detail: `The attachment must be at most ${SEND_LIMITS.attachmentMaxBytes} bytes.` });
    } else {
      pdf = base64ToBytes(contentBase64);
      if (pdf === null) errors.push({ pointer: '/attachment/contentBase64', detail: 'The attachment content is not valid base64.' });
      else if (pdf.length > SEND_LIMITS.attachmentMaxBytes) errors.push({ pointer: '/attachment/contentBase64', detail: `The attachment must be at most ${SEND_LIMITS.attachmentMaxBytes} bytes.` });
      else if (!(pdf[0] === 0x25 && pdf[1] === 0x50 && pdf[2] === 0x44 && pdf[3] === 0x46)) {
        errors.push({ pointer: '/attachment/contentBase64', detail: 'The attachment is not a PDF (it must start with %PDF).' });
      }
    }
  }

  if (errors.length > 0 || pdf === null) return errors;
  return {
    to,
    cc,
    bcc,
    subject: (subject as string).trim(),
    message: message as string,
    ...(languageTag ? { language: languageTag } : {}),
    filename: ((attachment as Record<string, unknown>).filename as string).trim(),
    pdf,
  };
}
