import { codeCell, textCell } from '../shared/csv.writer';
import { japanTime } from './bed-report.csv';

describe('CSV cell rules', () => {
  it.each(['=1+1', '+81', '-2', '@SUM(A1)', '\tx', '\rx', '＝1', '＋1', '－1', '＠x'])(
    'neutralises a cell starting with %j by a leading apostrophe',
    (value) => {
      expect(textCell(value).startsWith("'")).toBe(true);
    },
  );

  it('leaves ordinary text alone and turns CRLF and CR inside a cell into LF', () => {
    expect(textCell('東京都 1-2-3')).toBe('東京都 1-2-3');
    expect(textCell('1行目\r\n2行目\r3行目\n4行目')).toBe('1行目\n2行目\n3行目\n4行目');
    expect(textCell(null)).toBe('');
  });

  it('wraps digit-only codes as ="…" for Excel (or plain on request), and never wraps anything else', () => {
    expect(codeCell('0101')).toBe('="0101"');
    expect(codeCell('0101', true)).toBe('0101');
    expect(codeCell('=cmd|x')).toBe("'=cmd|x");
    expect(codeCell('01"01')).toBe('01"01');
  });

  it('writes times in Japan time as Excel reads them', () => {
    expect(japanTime(new Date('2026-11-24T15:05:00Z'))).toBe('2026/11/25 00:05');
  });
});
