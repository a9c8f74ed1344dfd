/** Date and DateTime scalars; bad literals are BAD_USER_INPUT like every other user error. */
import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../../shared/src/errors';
import { isoDate } from './directory/validate';

function parseDate(value: unknown): string {
  if (typeof value !== 'string') throw badInput('Date must be a string of the form YYYY-MM-DD.');
  return isoDate('Date', value);
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseDateTime(value: unknown): Date {
  const d = typeof value === 'string' ? new Date(value) : null;
  // JavaScript dates reach 271821 BC; PostgreSQL's stop at 4713 BC, and no record of ours is older than year 1 or later than 9999.
  if (!d || Number.isNaN(d.getTime()) || d.getUTCFullYear() < 1 || d.getUTCFullYear() > 9999) {
    throw badInput('DateTime must be an ISO 8601 string between the years 1 and 9999, such as 2026-03-01T09:30:00Z.');
  }
  return d;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
