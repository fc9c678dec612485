// Writes the JSON Schemas of .fsplanrc.json and registry files to dist/
// (run by scripts/build.mjs; package.json `jsonValidation` names them).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { configJsonSchema, registryJsonSchema, SCHEMA_FILES } from '../server/src/core/engine/schemas';
import { RULES } from '../server/src/rules';

const dist = path.join(__dirname, '..', 'dist');
fs.mkdirSync(dist, { recursive: true });
fs.writeFileSync(path.join(dist, SCHEMA_FILES.config), JSON.stringify(configJsonSchema(RULES), null, 2) + '\n');
fs.writeFileSync(path.join(dist, SCHEMA_FILES.registry), JSON.stringify(registryJsonSchema(), null, 2) + '\n');
