import { detectAllowedType, looksLikeText, safeFileName } from './file-signature';

describe('attachment allow-list by content', () => {
  it.each([
    ['a.pdf', '%PDF-1.7\n', 'application/pdf'],
    ['a.PNG', '\x89PNG\r\n\x1a\n\0\0', 'image/png'],
    ['a.jpeg', '\xff\xd8\xff\xe0', 'image/jpeg'],
    ['a.gif', 'GIF89a', 'image/gif'],
    ['a.xlsx', 'PK\x03\x04', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['a.csv', 'name,beds\r\n', 'text/csv'],
    ['a.txt', Buffer.from([0x82, 0xa0, 0x0d, 0x0a]).toString('latin1'), 'text/plain'], // Shift_JIS 「あ」
  ])('accepts %s whose content matches', (name, head, type) => {
    const detection = detectAllowedType(name, Buffer.from(head, 'latin1'));
    expect(detection).toEqual({ ok: true, type: expect.objectContaining({ contentType: type }) });
  });

  it.each([
    ['a.pdf', 'GIF89a'],
    ['a.png', '<svg onload=alert(1)>'],
    ['a.docx', '%PDF-'],
    ['a.html', '<html>'],
    ['a.svg', '<svg/>'],
    ['noextension', '%PDF-'],
    ['a.txt', 'MZ\0\0'],
  ])('refuses %s starting with %j', (name, head) => {
    expect(detectAllowedType(name, Buffer.from(head, 'latin1')).ok).toBe(false);
  });

  it('treats NUL and other control bytes as binary, but allows ISO-2022-JP escapes', () => {
    expect(looksLikeText(Buffer.from('a\0b'))).toBe(false);
    expect(looksLikeText(Buffer.from('\x1b$B$"\x1b(B\n', 'latin1'))).toBe(true);
  });
});

describe('safe file names', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['C:\\Users\\tanaka\\報告書.xlsx', '報告書.xlsx'],
    ['..', 'file'],
    ['.htaccess', 'htaccess'],
    ['a\r\nb.txt', 'ab.txt'],
    ['\u202Egpj.exe', 'gpj.exe'],
    ['   ', 'file'],
    ['ﾃｽﾄ.txt', 'ﾃｽﾄ.txt'],
  ])('%j becomes %j', (raw, safe) => {
    expect(safeFileName(raw)).toBe(safe);
  });

  it('keeps at most 255 characters and the extension', () => {
    const name = safeFileName(`${'あ'.repeat(300)}.pdf`);
    expect(name).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});
