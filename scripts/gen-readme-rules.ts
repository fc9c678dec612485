// npm run gen:docs — rewrites the rule table in README.md and docs/configuration.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configurationDoc } from './config-doc';
import { updateReadme } from './rule-table';

function write(file: string, after: string, what: string): void {
  const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (after !== before) {
    const tmp = file + '.tmp';
    fs.writeFileSync(tmp, after);
    fs.renameSync(tmp, file);
    console.log(`${what}: updated`);
  } else console.log(`${what}: up to date`);
}

const root = path.join(__dirname, '..');
const readme = path.join(root, 'README.md');
write(readme, updateReadme(fs.readFileSync(readme, 'utf8')), 'README.md rule table');
write(path.join(root, 'docs', 'configuration.md'), configurationDoc(), 'docs/configuration.md');
