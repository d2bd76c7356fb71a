import { readFileSync } from 'node:fs';
import path from 'node:path';
import { enumValues, enumValuesModule } from '../scripts/enum-values';

/**
 * The enums' values the web app's choices list (web/src/generated/enum-values.ts,
 * written by `npm run registry`): in the order the schema gives them, one
 * constant an enum, and refused where two schemas declare an enum otherwise.
 */
const common = readFileSync(path.join(__dirname, '..', 'shared/schema/common.graphql'), 'utf8');

it('lists each enum’s values in the order the schema gives them, not alphabetically', () => {
  const values = enumValues([common]);
  expect(values.get('SwedishLevel')).toEqual(['NONE', 'BASIC', 'INTERMEDIATE', 'FLUENT']);
  expect(values.get('EmployerSector')?.slice(0, 3)).toEqual(['MANUFACTURING', 'CONSTRUCTION', 'RETAIL']);
});

it('writes one constant an enum, by the enum’s name', () => {
  const module = enumValuesModule([common, 'enum Colour {\n  RED\n  GREEN\n}\n'], 'the test schemas');
  expect(module).toContain("export const ColourValues = ['RED', 'GREEN'] as const;");
  expect(module).toContain("export const SwedishLevelValues = ['NONE', 'BASIC', 'INTERMEDIATE', 'FLUENT'] as const;");
  expect(module).toMatch(/^\/\/ Written by `npm run registry` from the test schemas .*do not edit\./ms);
});

it('takes an enum declared alike in two schemas once, and refuses one declared otherwise', () => {
  const twice = enumValues(['enum Colour { RED GREEN }', 'enum Colour { RED GREEN }']);
  expect(twice.get('Colour')).toEqual(['RED', 'GREEN']);
  expect(() => enumValues(['enum Colour { RED GREEN }', 'enum Colour { GREEN RED }'])).toThrow(
    'enum Colour is declared twice with other values: RED, GREEN and GREEN, RED',
  );
});
