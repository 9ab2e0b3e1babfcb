// Copies bench/results/latest.md into README.md between the bench:latest markers: `node bench/readme-table.js`.
const fs = require('node:fs');
const path = require('node:path');
const root = path.resolve(__dirname, '..');
const latest = fs.readFileSync(path.join(root, 'bench/results/latest.md'), 'utf8').trim();
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const updated = readme.replace(
  /<!-- bench:latest -->[\s\S]*<!-- \/bench:latest -->/,
  `<!-- bench:latest -->\n\`\`\`\n${latest}\n\`\`\`\n<!-- /bench:latest -->`,
);
fs.writeFileSync(path.join(root, 'README.md'), updated);
