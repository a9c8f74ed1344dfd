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
  if (!d || Number.isNaN(d.getTime())) throw badInput('DateTime must be an ISO 8601 string such as 2026-03-01T09:30:00Z.');
  return d;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});
