import { expect } from '@open-wc/testing';
import { datasetJsonSchema } from '../../src/schema/json-schema.js';

// The generated schema is validated against every fixture with ajv in Node
// (test/node/json-schema.test.mjs): ajv is CommonJS and does not load in the browser.
describe('the JSON Schema generated from the zod schema', () => {
  const schema = datasetJsonSchema() as {
    $schema: string;
    required: string[];
    properties: Record<
      string,
      { properties?: Record<string, unknown>; items?: { properties: Record<string, { pattern?: string }> } }
    >;
  };

  it('is draft 2020-12 and requires only the version', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).to.deep.equal(['version']);
    expect(schema.properties.version).to.deep.include({ const: 1 });
  });

  it('describes every collection', () => {
    for (const name of [
      'provenance',
      'units',
      'metrics',
      'commendations',
      'pledgeTemplates',
      'pledges',
      'spaces',
      'boundaries',
    ])
      expect(schema.properties, name).to.have.property(name);
  });

  it('carries the date pattern that zod checks with a refinement', () => {
    const units = schema.properties.units.items!.properties;
    expect(units.validTo.pattern).to.match(/^\^\\d\{4\}/);
    const pattern = new RegExp(units.validTo.pattern!);
    expect(pattern.test('2024-12-31')).to.equal(true);
    expect(pattern.test('31/12/2024')).to.equal(false);
  });
});
