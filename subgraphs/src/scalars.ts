/** Date and DateTime scalars; bad literals are BAD_USER_INPUT like every other user error. */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLScalarType, Kind, visit } from 'graphql';
import { badInput } from '#shared/errors';
import { isIsoDate, isoDate } from './core/validate';

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

/** An instant in ISO 8601 with its offset: 2026-03-01T09:30:00Z, 2026-03-01T12:30+03:00. */
const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function parseDateTime(value: unknown): Date {
  const m = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  const d = m ? new Date(value as string) : null;
  // Strict: JavaScript would take "2025-02-30" as 2 March, or a bare "2025"; and no record of ours is older than year 1 or later than 9999.
  if (
    !m ||
    !d ||
    Number.isNaN(d.getTime()) ||
    !isIsoDate(m[1]!) ||
    d.getUTCFullYear() < 1 ||
    d.getUTCFullYear() > 9999
  ) {
    throw badInput(
      'DateTime must be an ISO 8601 instant with its offset, between the years 1 and 9999, such as 2026-03-01T09:30:00Z.',
    );
  }
  return d;
}

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value.toISOString() : new Date(String(value)).toISOString()),
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

/**
 * Names the argument (or input field) a refused variable was meant for: graphql-js reports a value
 * a scalar rejects against the variable ("Variable "$from" got invalid value ..."), while a client
 * acts on `extensions.field` as with every other bad input.
 */
export const nameRefusedVariables: ApolloServerPlugin<BaseContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ document, errors }) {
        for (const error of errors) {
          const variable = /^Variable "\$(\w+)" got invalid value/.exec(error.message)?.[1];
          if (!variable || !document || error.extensions.field !== undefined) continue;
          const names = new Set<string>();
          const note = (node: {
            name: { value: string };
            value: { kind: Kind } & Partial<{ name: { value: string } }>;
          }) => {
            if (node.value.kind === Kind.VARIABLE && node.value.name?.value === variable) names.add(node.name.value);
          };
          visit(document, { Argument: note, ObjectField: note });
          (error.extensions as Record<string, unknown>).field = names.size === 1 ? [...names][0] : variable;
        }
      },
    };
  },
};
