// Run after every install (package.json "postinstall"). exceljs 4.4.0's streaming reader decodes
// each inflated chunk of a sheet's XML on its own (lib/utils/parse-sax.js, one shared TextDecoder
// without `stream`), so a Japanese character whose UTF-8 bytes fall across two chunks is read as
// two U+FFFD: an uploaded .xlsx (一括取込) then showed 「発熱外来��予約制です。」 as a change to the
// facility's 備考. Here each parse gets its own decoder that carries a split character over to the
// next chunk. The edit is checked against the exact text it replaces and refuses any other version.
'use strict';
const fs = require('node:fs');

const file = require.resolve('exceljs/lib/utils/parse-sax.js');
const marker = '/* gmis-graphql: decoded as one stream */';
const original = '    saxesParser.write(bufferToString(chunk));';
const fixed = "    saxesParser.write(typeof chunk === 'string' ? chunk : decoder.decode(chunk, {stream: true}));";
const opening = '  const saxesParser = new SaxesParser();';

const text = fs.readFileSync(file, 'utf8');
if (!text.includes(marker)) {
  if (!text.includes(original) || !text.includes(opening)) {
    console.error(`${file}: not the exceljs 4.4.0 text this patch is for; check whether the UTF-8 split is fixed upstream`);
    process.exit(1);
  }
  fs.writeFileSync(
    file,
    text.replace(opening, `${opening}\n  const decoder = new TextDecoder('utf-8'); ${marker}`).replace(original, fixed),
  );
}
