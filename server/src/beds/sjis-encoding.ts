import Encoding from 'encoding-japanese';

/**
 * Text → Windows-31J (CP932, "Shift-JIS" as Excel on Japanese Windows reads it), with a
 * documented rule for what CP932 cannot hold, and a count of every lossy substitution.
 *
 * encoding-japanese is the source of the mapping, with two corrections measured against it
 * (v2.4.0):
 * - Windows' own bytes for the IBM extension kanji: encoding-japanese writes the NEC-selected
 *   IBM extension rows (0xED40–0xEEFC: 髙→EEE0, 﨑→ED95, ⅰ→EEEF, ￤→EEFA, ＇→EEFB, ＂→EEFC);
 *   Windows (WideCharToMultiByte, and the WHATWG encoder) writes the IBM rows 0xFA40–0xFC4B
 *   (髙→FBFC, 﨑→FAB1, ⅰ→FA40, ￤→FA55, ＇→FA56, ＂→FA57). Both decode to the same characters
 *   on Windows, but we write Windows' bytes. NEC row 13 (①→8740, Ⅰ→8754, ㈱→878A) and
 *   JIS X 0208 are already what Windows writes.
 * - Characters encoding-japanese turns into '?' although Windows users have the same
 *   character under another code point (see WINDOWS_FORMS).
 * encoding-japanese already writes 〜 (U+301C, typed on Mac/Linux) and ～ (U+FF5E) both as
 * 0x8160, and − (U+2212) as 0x817C, which Windows shows as ～ and － (full width); no '?'.
 *
 * The substitution rule (each counted as one substitution):
 * 1. Text is first NFC-normalised (a decomposed が from a Mac file name becomes one character);
 *    this is not a substitution.
 * 2. Space characters outside CP932 (NBSP U+00A0, U+2000–U+200A, U+202F, U+205F) → ASCII space.
 * 3. A few characters with a readable CP932 stand-in (READABLE_STAND_INS: – → －, · → ・, ™ → TM,
 *    © → (C), ® → (R)).
 * 4. Variation selectors and zero-width joiners/spaces (invisible modifiers, e.g. in emoji) are
 *    dropped.
 * 5. Anything else CP932 cannot hold (𠮷, 😀, ©-like symbols, accented Latin letters, …) → 〓
 *    (GETA MARK, 0x81AC), the traditional Japanese mark for "character not available"; one 〓
 *    per code point, so 𠮷 (one code point, two UTF-16 units) becomes one 〓.
 */

const GETA = '\u3013';

/** Same character for the reader, different code point on Windows: not a loss, not counted. */
const WINDOWS_FORMS = new Map<number, string>([
  [0x2014, '\u2015'], // EM DASH → HORIZONTAL BAR: CP932 0x815C, which Windows decodes as U+2015
  [0x00a5, '\uffe5'], // YEN SIGN → FULLWIDTH YEN SIGN (0x818F)
  [0x203e, '\uffe3'], // OVERLINE → FULLWIDTH MACRON (0x8150)
  [0x00a6, '\uffe4'], // BROKEN BAR → FULLWIDTH BROKEN BAR (0xFA55)
]);

/** Not the same character, but a readable stand-in (counted as substitutions). */
const READABLE_STAND_INS = new Map<number, string>([
  [0x2013, '\uff0d'], // EN DASH → FULLWIDTH HYPHEN-MINUS
  [0x00b7, '\u30fb'], // MIDDLE DOT → KATAKANA MIDDLE DOT
  [0x2122, 'TM'],
  [0x00a9, '(C)'],
  [0x00ae, '(R)'],
]);

const isSpaceLike = (cp: number) => cp === 0xa0 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f || cp === 0x205f;
const isInvisibleModifier = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) ||
  (cp >= 0xe0100 && cp <= 0xe01ef) ||
  cp === 0x200b ||
  cp === 0x200c ||
  cp === 0x200d ||
  cp === 0x2060 ||
  cp === 0xfeff;

/** One code point's output: its bytes, and whether writing it lost something. */
interface Mapping {
  bytes: readonly number[];
  substituted: boolean;
}

function libraryBytes(text: string): number[] {
  return Encoding.convert(Encoding.stringToCode(text), { to: 'SJIS', from: 'UNICODE' });
}

/** Windows' IBM-extension bytes for each character of the NEC-selected rows (built once from the library's decoder). */
const IBM_EXTENSION = (() => {
  const byCodePoint = new Map<number, [number, number]>();
  for (let lead = 0xfa; lead <= 0xfc; lead += 1) {
    for (let trail = 0x40; trail <= 0xfc; trail += 1) {
      if (trail === 0x7f) continue;
      const decoded = Encoding.codeToString(Encoding.convert([lead, trail], { to: 'UNICODE', from: 'SJIS' }));
      const cp = decoded.codePointAt(0);
      if (decoded.length === 1 && cp !== undefined && cp !== 0x3f && cp !== 0xfffd && !byCodePoint.has(cp))
        byCodePoint.set(cp, [lead, trail]);
    }
  }
  return byCodePoint;
})();

const cache = new Map<number, Mapping>();
// Also warms the library's lazily built tables at start-up rather than during the first export.
const GETA_BYTES = libraryBytes(GETA);

function mappingOf(cp: number): Mapping {
  let mapping = cache.get(cp);
  if (mapping) return mapping;
  const windowsForm = WINDOWS_FORMS.get(cp);
  const standIn = READABLE_STAND_INS.get(cp);
  if (windowsForm !== undefined) mapping = { bytes: libraryBytes(windowsForm), substituted: false };
  else if (standIn !== undefined) mapping = { bytes: libraryBytes(standIn), substituted: true };
  else if (isSpaceLike(cp)) mapping = { bytes: [0x20], substituted: true };
  else if (isInvisibleModifier(cp)) mapping = { bytes: [], substituted: true };
  else {
    const bytes = libraryBytes(String.fromCodePoint(cp));
    if (bytes.length === 1 && bytes[0] === 0x3f) mapping = { bytes: GETA_BYTES, substituted: true };
    else if (bytes.length === 2 && (bytes[0] === 0xed || bytes[0] === 0xee) && IBM_EXTENSION.has(cp))
      mapping = { bytes: IBM_EXTENSION.get(cp)!, substituted: false };
    else mapping = { bytes, substituted: false };
  }
  cache.set(cp, mapping);
  return mapping;
}

export interface EncodedText {
  bytes: Buffer;
  /** Characters written as a substitute (or dropped) because CP932 cannot hold them. */
  substitutions: number;
}

/**
 * Encodes text as CP932. Synchronous and linear in the text's length: callers encode bounded
 * chunks (a batch of CSV rows) so the event loop is never held long.
 */
export function encodeCp932(text: string): EncodedText {
  // eslint-disable-next-line no-control-regex -- "anything outside ASCII" is defined from NUL up
  const normalized = /[^\x00-\x7f]/.test(text) ? text.normalize('NFC') : text;
  const out = Buffer.allocUnsafe(normalized.length * 3);
  let length = 0;
  let substitutions = 0;
  for (let i = 0; i < normalized.length; i += 1) {
    const unit = normalized.charCodeAt(i);
    if (unit < 0x80) {
      out[length++] = unit;
      continue;
    }
    const cp = normalized.codePointAt(i)!;
    if (cp > 0xffff) i += 1;
    const mapping = mappingOf(cp);
    if (mapping.substituted) substitutions += 1;
    for (const byte of mapping.bytes) out[length++] = byte;
  }
  return { bytes: out.subarray(0, length), substitutions };
}
