import { wholeNumberSetting } from '../env';

test('a whole-number setting: the fallback when unset or empty, else digits within the range', () => {
  expect(wholeNumberSetting({}, 'PORT', 4001, 0, 65535)).toBe(4001);
  expect(wholeNumberSetting({ PORT: '' }, 'PORT', 4001, 0, 65535)).toBe(4001);
  expect(wholeNumberSetting({ PORT: '0' }, 'PORT', 4001, 0, 65535)).toBe(0);
  expect(wholeNumberSetting({ PORT: '08080' }, 'PORT', 4001, 0, 65535)).toBe(8080);
});

test.each(['65536', '-1', '1e3', '2.0', ' 80', '80 ', '0x50', 'eighty', 'Infinity'])(
  'refuses %j with the name, the range and what was given',
  (raw) => {
    expect(() => wholeNumberSetting({ PORT: raw }, 'PORT', 4001, 0, 65535)).toThrow(
      `PORT must be a whole number from 0 to 65535; got "${raw}".`,
    );
  },
);
