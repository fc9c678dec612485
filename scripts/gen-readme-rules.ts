// npm run gen:docs — rewrites the rule table in README.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { updateReadme } from './rule-table';

const file = path.join(__dirname, '..', 'README.md');
const before = fs.readFileSync(file, 'utf8');
const after = updateReadme(before);
if (after !== before) {
  const tmp = file + '.tmp';
  fs.writeFileSync(tmp, after);
  fs.renameSync(tmp, file);
  console.log('README.md: rule table updated');
} else console.log('README.md: rule table up to date');
