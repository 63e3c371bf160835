import { isEmailAddress } from '../../api/urls.js';

/** A typed list of addresses, split and checked. */
export interface ParsedRecipients {
  /** Every address typed, trimmed, duplicates removed (case-insensitively), in order. */
  addresses: string[];
  /** The ones that are not valid e-mail addresses. */
  invalid: string[];
}

/**
 * Splits what the user typed into addresses: commas, semicolons and line breaks separate them (as in mail clients),
 * and so do spaces, since an address cannot contain one. `Name <a@b.example>` keeps only the address.
 */
export function parseRecipients(text: string): ParsedRecipients {
  const seen = new Set<string>();
  const addresses: string[] = [];
  const invalid: string[] = [];
  for (const part of text.split(/[,;\n]+/)) {
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const angle = /<([^<>]*)>\s*$/.exec(trimmed);
    const candidates = angle ? [angle[1]!.trim()] : trimmed.split(/\s+/);
    for (const address of candidates) {
      if (address === '') continue;
      const key = address.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      addresses.push(address);
      if (!isEmailAddress(address)) invalid.push(address);
    }
  }
  return { addresses, invalid };
}
