/**
 * The attachment allow-list, checked against the file's first bytes ("magic numbers"), not only
 * its name. A small table instead of the `file-type` package: file-type is ESM-only, which this
 * CommonJS server (and jest) cannot load, and we need only these few formats. A file passes when
 * its extension is listed AND its content starts the way that format must start.
 */
export interface AllowedType {
  contentType: string;
  extensions: readonly string[];
  label: string;
  matches(head: Buffer): boolean;
}

const startsWith = (head: Buffer, bytes: number[] | string) => {
  const expected = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return head.length >= expected.length && head.subarray(0, expected.length).equals(expected);
};

/** Local file header of a ZIP archive: every OOXML (docx/xlsx/pptx) file is one. */
const isZip = (head: Buffer) => startsWith(head, [0x50, 0x4b, 0x03, 0x04]);

/**
 * Text (TXT/CSV in UTF-8, Shift_JIS, EUC-JP or ISO-2022-JP): no NUL and no C0 control bytes
 * other than tab, line breaks, form feed and ESC (used by ISO-2022-JP). Binary formats fail this
 * within their first bytes.
 */
export function looksLikeText(head: Buffer): boolean {
  for (const byte of head) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) return false;
    if (byte === 0x7f) return false;
  }
  return true;
}

export const ALLOWED_TYPES: readonly AllowedType[] = [
  { contentType: 'application/pdf', extensions: ['pdf'], label: 'PDF', matches: (h) => startsWith(h, '%PDF-') },
  {
    contentType: 'image/png',
    extensions: ['png'],
    label: 'PNG',
    matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG', matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  { contentType: 'image/gif', extensions: ['gif'], label: 'GIF', matches: (h) => startsWith(h, 'GIF87a') || startsWith(h, 'GIF89a') },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word',
    matches: isZip,
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel',
    matches: isZip,
  },
  {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PowerPoint',
    matches: isZip,
  },
  { contentType: 'text/csv', extensions: ['csv'], label: 'CSV', matches: looksLikeText },
  { contentType: 'text/plain', extensions: ['txt'], label: 'テキスト', matches: looksLikeText },
];

/** How many leading bytes the checks look at. */
export const SIGNATURE_BYTES = 8192;

export const ALLOWED_TYPES_TEXT = 'PDF、画像（PNG・JPEG・GIF）、Word・Excel・PowerPoint（docx・xlsx・pptx）、テキスト・CSV';

export type Detection = { ok: true; type: AllowedType } | { ok: false; message: string };

export function detectAllowedType(fileName: string, head: Buffer): Detection {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const type = ALLOWED_TYPES.find((t) => t.extensions.includes(extension));
  if (!type) return { ok: false, message: `このファイル形式は添付できません。添付できる形式: ${ALLOWED_TYPES_TEXT}` };
  if (!type.matches(head)) return { ok: false, message: `ファイルの内容が${type.label}形式ではありません（拡張子と内容が一致しません）。` };
  return { ok: true, type };
}

const BIDI_AND_INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- control characters are what this pattern finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/**
 * The name a file is stored and offered under: only its last path segment (so
 * "../../etc/passwd.txt" becomes "passwd.txt"), without control or bidi-override characters
 * (which could disguise "txt.exe" as "exe.txt"), no leading dots, at most 255 characters with the
 * extension kept. Japanese names are kept as they are (NFC). Empty results become "file".
 */
export function safeFileName(raw: string): string {
  let name = raw.normalize('NFC').replace(CONTROL, '').replace(BIDI_AND_INVISIBLE, '');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name.replace(/^[.\s]+/, '').trim();
  if (!name) return 'file';
  if (name.length > 255) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 16 ? name.slice(dot) : '';
    name = name.slice(0, 255 - extension.length) + extension;
  }
  return name;
}
