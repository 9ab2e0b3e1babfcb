import { encodeCp932 } from './sjis-encoding';

const hex = (text: string) => encodeCp932(text).bytes.toString('hex').toUpperCase();
/** Windows-31J as browsers (WHATWG) and Windows decode it. */
const decodeWindows = (bytes: Buffer) => new TextDecoder('shift_jis').decode(bytes);

describe('encodeCp932', () => {
  it.each([
    ['①', '8740'],
    ['Ⅰ', '8754'],
    ['㈱', '878A'],
    ['髙', 'FBFC'],
    ['﨑', 'FAB1'],
    ['ⅰ', 'FA40'],
    ['￤', 'FA55'],
    ['＇', 'FA56'],
    ['＂', 'FA57'],
    ['〜', '8160'],
    ['～', '8160'],
    ['−', '817C'],
    ['—', '815C'],
    ['¥', '818F'],
    ['ｱ', 'B1'],
    ['あ', '82A0'],
  ])("writes %s as Windows' own CP932 bytes %s, without counting a substitution", (text, bytes) => {
    expect(hex(text)).toBe(bytes);
    expect(encodeCp932(text).substitutions).toBe(0);
  });

  it('round-trips the Windows extension characters through a Windows-31J decoder', () => {
    const text = '①Ⅰ㈱髙﨑ⅰ№℡∵≒山﨑髙島屋';
    expect(decodeWindows(encodeCp932(text).bytes)).toBe(text);
  });

  it('turns Mac/Linux 〜 and − into the full-width forms Windows shows, never ?', () => {
    expect(decodeWindows(encodeCp932('9時〜17時 −5').bytes)).toBe('9時～17時 －5');
  });

  it('substitutes what CP932 cannot hold by the documented rule and counts each substitution', () => {
    const result = encodeCp932('𠮷野家\u00a0😀病院\u2013東©❤️');
    expect(decodeWindows(result.bytes)).toBe('〓野家 〓病院－東(C)〓');
    // 𠮷, NBSP, 😀, en dash, ©, ❤ and its variation selector
    expect(result.substitutions).toBe(7);
  });

  it('composes decomposed kana (NFC) instead of losing the voiced mark', () => {
    const result = encodeCp932('か\u3099');
    expect(decodeWindows(result.bytes)).toBe('が');
    expect(result.substitutions).toBe(0);
  });

  it('passes ASCII through byte for byte', () => {
    const ascii = 'abc,"x"\r\n\\~';
    expect(encodeCp932(ascii).bytes.toString('latin1')).toBe(ascii);
  });
});
