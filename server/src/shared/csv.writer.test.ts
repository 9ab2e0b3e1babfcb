import { parse } from 'csv-parse/sync';
import { type CsvColumn, CsvWriter } from './csv.writer';

/**
 * Read as Excel and Python's csv module read a file: a record ends at CRLF, LF or CR outside
 * quotes (no guessing of one delimiter from the first line).
 */
const readLikeExcel = (text: string): string[][] => parse(text, { record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });

interface Sample {
  note: string | null;
  code: string | null;
  count: number | string | null;
}

const COLUMNS: CsvColumn<Sample>[] = [
  { header: '備考', value: (s) => s.note },
  { header: '郵便番号', kind: 'code', value: (s) => s.code },
  { header: '件数', kind: 'number', value: (s) => s.count },
];

const row = (sample: Partial<Sample>): Sample => ({ note: null, code: null, count: null, ...sample });

describe('CsvWriter', () => {
  const NOTES = [
    '1行目\n2行目',
    '1行目\r2行目',
    '1行目\r\n2行目',
    '東京都, 千代田区',
    '「"至急"」の連絡',
    '\n',
    '"',
    ',',
    'a\r\n\r\nb',
    'ふつうの文',
  ];

  it('quotes every field holding CR, LF, a comma or a quote, so each record reads back whole with its line breaks as LF', () => {
    const writer = new CsvWriter(COLUMNS, undefined);
    const text = writer.document(NOTES.map((note) => row({ note, code: '0600001', count: 3 })));
    expect(text.endsWith('\r\n')).toBe(true);
    const records = readLikeExcel(text);
    expect(records).toHaveLength(NOTES.length + 1);
    for (const record of records) expect(record).toHaveLength(COLUMNS.length);
    expect(records.slice(1).map((r) => r[0])).toEqual(NOTES.map((note) => note.replace(/\r\n?/g, '\n')));
    // Outside quoted fields the only line breaks are the CRLFs ending records.
    const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(unquoted.match(/\r\n|\n|\r/g)).toHaveLength(NOTES.length + 1);
    expect(unquoted.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes the exact RFC 4180 form: quotes doubled, CRLF records, bare fields left bare', () => {
    const writer = new CsvWriter(COLUMNS, undefined);
    expect(writer.rows([row({ note: 'a\nb', code: '01"01', count: 12 }), row({ note: 'plain' })])).toBe(
      '"a\nb","01""01",12\r\nplain,,\r\n',
    );
    expect(writer.header()).toBe('備考,郵便番号,件数\r\n');
    expect(writer.rows([])).toBe('');
  });

  it.each(['=1+1', '+81', '-2', '@SUM(A1)', '\tx', '\rx', '＝1+1', '＋81', '－2', '＠SUM(A1)'])(
    'neutralises a text cell starting with %j by a leading apostrophe',
    (value) => {
      const [, record] = readLikeExcel(new CsvWriter(COLUMNS, undefined).document([row({ note: value, code: value, count: value })]));
      const expected = `'${value.replace(/\r/g, '\n')}`;
      expect(record).toEqual([expected, expected, expected]);
    },
  );

  it('leaves ordinary text and real numbers, negative ones too, as they are', () => {
    const [, record] = readLikeExcel(new CsvWriter(COLUMNS, undefined).document([row({ note: '東京都 1-2-3', code: null, count: -5 })]));
    expect(record).toEqual(['東京都 1-2-3', '', '-5']);
  });

  it('keeps leading zeros of codes: ="0101" for Excel, bare digits when plain, never a wrapper around anything but digits', () => {
    const sample = [row({ code: '0101' }), row({ code: '0600001' }), row({ code: '=cmd|x' }), row({ code: '01-01' })];
    const excel = readLikeExcel(new CsvWriter(COLUMNS, undefined).document(sample))
      .slice(1)
      .map((r) => r[1]);
    expect(excel).toEqual(['="0101"', '="0600001"', "'=cmd|x", '01-01']);
    const plain = readLikeExcel(new CsvWriter(COLUMNS, undefined, { codes: 'plain' }).document(sample))
      .slice(1)
      .map((r) => r[1]);
    expect(plain).toEqual(['0101', '0600001', "'=cmd|x", '01-01']);
  });

  it('passes the context to every column', () => {
    const columns: CsvColumn<{ code: string }, Map<string, string>>[] = [
      { header: 'コード', kind: 'code', value: (r) => r.code },
      { header: '名称', value: (r, names) => names.get(r.code) },
    ];
    const text = new CsvWriter(columns, new Map([['01', '北海道']])).rows([{ code: '01' }, { code: '99' }]);
    expect(readLikeExcel(text)).toEqual([
      ['="01"', '北海道'],
      ['="99"', ''],
    ]);
  });
});
