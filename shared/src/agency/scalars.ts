import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../errors';
import { checkDate } from './validate';

function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw badInput('A date must be a string written YYYY-MM-DD.');
  return checkDate(value, 'date');
}

/** YYYY-MM-DD, checked to be a real calendar date. */
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('A date must be a string written YYYY-MM-DD.');
    return parseDate(ast.value);
  },
});

function parseDateTime(value: unknown): Date {
  const d = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) ? new Date(value) : null;
  if (!d || Number.isNaN(d.getTime()))
    throw badInput('A time must be written in ISO 8601, e.g. 2026-03-01T09:30:00+01:00.');
  return d;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO 8601 with time zone.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('A time must be an ISO 8601 string.');
    return parseDateTime(ast.value);
  },
});
