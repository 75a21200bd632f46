// The bytes of a file as text, whatever Excel or LibreOffice saved them as. No Node here: the
// keepers' page in the browser reads files with the same code.

/** How a file's bytes were read. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** The file began with a byte order mark. */
  bom: boolean;
}

/**
 * Windows-1252 from 0x80 to 0x9F: "€", "’", "œ", "…" and the other letters French Excel writes
 * there. The five bytes it leaves undefined are read as the control characters of the same
 * number, as browsers do, so that no byte is ever lost or turned into "�".
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  // In slices: String.fromCharCode takes its arguments on the stack.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80] : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

/** UTF-16 without a byte order mark: a text of Latin letters has a zero byte in every other place. */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  if (bytes.length < 4 || bytes.length % 2) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2) oddZeros++;
    else evenZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros === 0) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros === 0) return 'utf-16be';
  return undefined;
}

/**
 * Reads UTF-8 (with or without a BOM), UTF-16 (Excel's "Texte Unicode": little-endian with a BOM)
 * and, when the bytes are not valid UTF-8, Windows-1252 (French Excel's "CSV (séparateur :
 * point-virgule)"). Never yields a replacement character for bytes it could not read: every
 * Windows-1252 byte is a character.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)) ?? decodeWindows1252(bytes.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, bom: false };
  const utf8 = decodeUtf8(bytes);
  return utf8 === undefined
    ? { text: decodeWindows1252(bytes), encoding: 'windows-1252', bom: false }
    : { text: utf8, encoding: 'utf-8', bom: false };
}

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A workbook (.xlsx, .ods) is a ZIP archive, not text: it begins with "PK\x03\x04". */
export const isWorkbook = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
