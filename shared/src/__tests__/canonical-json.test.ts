import { canonicalJson } from '../canonical-json';
import { contentHash, type PublishedContent } from '../report/publication';
import { argumentsHash } from '../agency/idempotency';
import { deduplicate } from '../request/subgraph';

/**
 * The text is hashed into stored data (published reports' content hashes,
 * idempotency keys' argument hashes, the audit chain): these figures were
 * computed by the code before the one canonical JSON replaced its four
 * copies, and must never change.
 */
const AWKWARD = {
  ö: 1,
  Z: [1, 'två', null, { b: 2, a: 1e21, c: -0 }],
  a: 'line\nbreak "quoted" \u2028 😀',
  '': true,
  '10': 0.1,
  '9': false,
  nested: { z: { y: [[]] }, x: {} },
};
const AWKWARD_TEXT =
  '{"":true,"10":0.1,"9":false,"Z":[1,"två",null,{"a":1e+21,"b":2,"c":0}],"a":"line\\nbreak \\"quoted\\" \u2028 😀","nested":{"x":{},"z":{"y":[[]]}},"ö":1}';

test('keys in UTF-16 code unit order, arrays in order, numbers and strings as JSON writes them', () => {
  expect(canonicalJson(AWKWARD)).toBe(AWKWARD_TEXT);
  expect(canonicalJson(AWKWARD, { strict: true })).toBe(AWKWARD_TEXT);
});

test('lenient: undefined keys left out, undefined and non-finite numbers null, dates as ISO text', () => {
  expect(canonicalJson({ b: undefined, a: [undefined, NaN, Infinity], d: new Date('2027-01-31T09:00:00Z') })).toBe(
    '{"a":[null,null,null],"d":"2027-01-31T09:00:00.000Z"}',
  );
  expect(canonicalJson(undefined)).toBe('null');
});

test('strict: refuses what is not stated data', () => {
  expect(() => canonicalJson({ a: undefined }, { strict: true })).toThrow('undefined value for key a');
  expect(() => canonicalJson([NaN], { strict: true })).toThrow('non-finite number');
  expect(() => canonicalJson({ at: new Date() }, { strict: true })).toThrow('only plain objects');
  expect(() => canonicalJson(undefined, { strict: true })).toThrow('unsupported value of type undefined');
});

test("a published report's content hash is what it was", () => {
  const content: PublishedContent = {
    agency: 'AF',
    period: '2027-T1',
    version: 2,
    publishedOn: '2027-05-02',
    definitionsVersion: '3',
    reason: null,
    families: {
      started: { 'gender=WOMAN': { value: 12, withheld: false }, 'gender=MAN': { value: null, withheld: true } },
    } as unknown as PublishedContent['families'],
    extras: {
      medianDays: { value: 41.5, withheld: false },
      onTrack: true,
      none: null,
    } as unknown as PublishedContent['extras'],
  };
  expect(contentHash(content)).toBe('d32df339a211dcfc5691c106476102a0c7795cef2f48d9f566d4ca6f50918022');
});

test("an idempotency key's argument hash is what it was", () => {
  const args = {
    ...AWKWARD,
    gone: undefined,
    day: new Date('2027-01-31T09:00:00.000Z'),
    list: [undefined, NaN, Infinity],
  };
  expect(argumentsHash('addFkIntervention', args)).toBe(
    '8ed4d394b5b6e3b4267478549695e0dd63b89d2294c18818f1dda7f72444d1a9',
  );
});

test('representations written with their keys in another order are one', () => {
  const { unique, positions } = deduplicate([
    { __typename: 'Participant', id: 'P1' },
    { id: 'P1', __typename: 'Participant' },
    { __typename: 'Participant', id: 'P2' },
  ]);
  expect(unique).toHaveLength(2);
  expect(positions).toEqual([0, 0, 1]);
});
