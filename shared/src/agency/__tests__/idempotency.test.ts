import { GraphQLError } from 'graphql';
import { argumentsHash, decodeResult, encodeResult, parseIdempotencyKey } from '../idempotency';
import { isDatabaseUnreachable } from '../../db/unreachable';

describe('Idempotency-Key header', () => {
  it('accepts a UUID and other keys of 8 to 100 letters, digits or ._:-', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    for (const key of ['0b5f0c8e-3c1a-4f43-9d59-2f0d8e1c6a11', 'abcdefgh', 'web:plan.edit_42', 'x'.repeat(100)]) {
      expect(parseIdempotencyKey(key)).toBe(key);
    }
  });

  it('refuses anything else with BAD_USER_INPUT and status 400', () => {
    for (const bad of [
      '',
      'short12',
      'x'.repeat(101),
      'with space 123',
      'åäö-key-123',
      'semi;colon-123',
      ['a-key-1234', 'b-key-1234'],
    ]) {
      let error: unknown;
      try {
        parseIdempotencyKey(bad);
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    }
  });
});

describe('arguments hash', () => {
  it('is the same for the same arguments in any key order, and differs for another field or value', () => {
    const a = argumentsHash('addAfIntervention', { input: { title: 'A', status: 'PLANNED', startDate: '2026-01-01' } });
    expect(
      argumentsHash('addAfIntervention', { input: { startDate: '2026-01-01', status: 'PLANNED', title: 'A' } }),
    ).toBe(a);
    expect(
      argumentsHash('addAfIntervention', {
        input: { title: 'A', status: 'PLANNED', startDate: '2026-01-01', endDate: undefined },
      }),
    ).toBe(a);
    expect(
      argumentsHash('addMalmoIntervention', { input: { title: 'A', status: 'PLANNED', startDate: '2026-01-01' } }),
    ).not.toBe(a);
    expect(
      argumentsHash('addAfIntervention', { input: { title: 'B', status: 'PLANNED', startDate: '2026-01-01' } }),
    ).not.toBe(a);
    expect(
      argumentsHash('addAfIntervention', {
        input: { title: 'A', status: 'PLANNED', startDate: '2026-01-01', endDate: null },
      }),
    ).not.toBe(a);
  });
});

describe('stored results', () => {
  it('come back as they were stored, dates as dates', () => {
    const value = {
      id: 'x',
      scheduledAt: new Date('2026-03-01T09:30:00.000Z'),
      nested: [{ at: new Date(0), n: 1, none: null }],
      text: '{"$date":"no"}',
    };
    expect(decodeResult(encodeResult(value))).toEqual(value);
    expect(decodeResult(encodeResult(undefined))).toBeNull();
  });
});

describe('database unreachable', () => {
  it('recognises refused, reset and dropped connections and a database that does not accept connections', () => {
    expect(
      isDatabaseUnreachable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(isDatabaseUnreachable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnreachable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    expect(
      isDatabaseUnreachable(
        Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }),
      ),
    ).toBe(true);
    expect(
      isDatabaseUnreachable({ message: 'query failed', driverError: { code: '08006', message: 'connection failure' } }),
    ).toBe(true);
    expect(
      isDatabaseUnreachable(
        Object.assign(new Error('database "x" is not currently accepting connections'), {
          code: '55000',
          severity: 'FATAL',
        }),
      ),
    ).toBe(true);
  });

  it('does not take a failed statement for an outage', () => {
    expect(
      isDatabaseUnreachable(
        Object.assign(new Error('duplicate key value violates unique constraint'), {
          code: '23505',
          severity: 'ERROR',
        }),
      ),
    ).toBe(false);
    expect(
      isDatabaseUnreachable({
        message: 'query failed',
        driverError: { code: '22P02', severity: 'ERROR', message: 'invalid input syntax' },
      }),
    ).toBe(false);
    expect(isDatabaseUnreachable(new TypeError('cannot read properties of undefined'))).toBe(false);
    expect(isDatabaseUnreachable(undefined)).toBe(false);
  });
});
