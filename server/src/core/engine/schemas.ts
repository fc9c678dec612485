// JSON Schemas of .fsplanrc.json and of registry files, generated from the
// zod schemas (z.toJSONSchema), so editors complete and validate the files
// with the same rules and Chinese descriptions fsplan applies. Pure; written
// to dist/ at build time (scripts/gen-schemas.ts) and contributed through
// package.json `jsonValidation`.
import * as z from 'zod';
import { RegistrySchema } from '../analysis/registry';
import { ConfigSchema, SeveritySetting } from './config';
import type { Rule } from './types';

export type JsonSchema = { [key: string]: unknown };

/** draft-07: what VS Code's JSON language service supports fully; input shapes (defaults optional). */
function toJson(schema: z.ZodType): JsonSchema {
  const out = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** Comments and trailing commas are fine (fsplan reads the files as JSONC); VS Code honours these keywords. */
function document(title: string, schema: JsonSchema): JsonSchema {
  return { $schema: 'http://json-schema.org/draft-07/schema#', title, ...schema, allowComments: true, allowTrailingCommas: true };
}

const LEVEL_NAMES = { error: '错误', warning: '警告', info: '提示' } as const;

/** The .fsplanrc.json schema; `rules` lists every rule id with its options. */
export function configJsonSchema(rules: readonly Rule[]): JsonSchema {
  const schema = toJson(ConfigSchema);
  const props = schema.properties as Record<string, JsonSchema>;
  const severity = toJson(SeveritySetting);
  const { description, markdownDescription, examples } = props.rules;
  props.rules = {
    description,
    markdownDescription,
    examples,
    type: 'object',
    properties: Object.fromEntries(
      rules.map((r) => [
        r.id,
        {
          description: `${r.description}（默认级别：${LEVEL_NAMES[r.severity]}）`,
          anyOf: [severity, { type: 'array', items: [severity, toJson(r.options)], minItems: 2, maxItems: 2 }],
        },
      ]),
    ),
    additionalProperties: false,
  };
  return document('fsplan 配置（.fsplanrc.json）', schema);
}

/** The department registry schema (docs/registry.md). */
export function registryJsonSchema(): JsonSchema {
  return document('fsplan 部门名录', toJson(RegistrySchema));
}

/** The files written to dist/ and named in package.json `jsonValidation`. */
export const SCHEMA_FILES = { config: 'fsplanrc.schema.json', registry: 'registry.schema.json' } as const;
