import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { EDITOR_SCHEMAS, editorSchema, type EditorSchemaName } from '../../../src/lib/data/editorSchemas.ts';

const ORIGIN = 'https://ke-hoach-de-an-06.example.vn';
const contentFiles = [
  ...readdirSync('content/plans').flatMap((id) => [`content/plans/${id}/tasks.json`, `content/plans/${id}/targets.json`]),
  ...readdirSync('content/agencies').map((f) => `content/agencies/${f}`),
  ...readdirSync('content/metrics').map((f) => `content/metrics/${f}`),
  ...readdirSync('content/programmes').map((f) => `content/programmes/${f}`),
  ...readdirSync('content/figures').map((f) => `content/figures/${f}`),
];

describe('JSON Schemas for editors', () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, formats: { uri: true } });
  for (const name of Object.keys(EDITOR_SCHEMAS) as EditorSchemaName[]) ajv.addSchema(editorSchema(name, ORIGIN));

  it.each(contentFiles)('%s names its schema by $schema and validates against it', (file) => {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { $schema?: string };
    expect(data.$schema).toMatch(new RegExp(`^${ORIGIN}/schema/(${Object.keys(EDITOR_SCHEMAS).join('|')})\\.json$`));
    const validate = ajv.getSchema(data.$schema!)!;
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('marks an unknown field and a misspelt deadline kind, as an editor would', () => {
    const validate = ajv.getSchema(`${ORIGIN}/schema/tasks.json`)!;
    const task = {
      id: 'nv-1',
      section: '1',
      text: 'x',
      lead: [],
      support: [],
      assignee: null,
      deadline: { kind: 'quater', raw: 'Quý I/2023', start: '2023-01-01', due: '2023-03-31' },
    };
    expect(validate({ sections: [], tasks: [task] })).toBe(false);
    expect(validate({ sections: [], tasks: [{ ...task, deadline: { ...task.deadline, kind: 'quarter' } }] })).toBe(true);
    expect(validate({ sections: [], tasks: [{ ...task, deadline: { ...task.deadline, kind: 'quarter' }, leader: [] }] })).toBe(false);
  });
});
