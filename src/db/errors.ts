/** SQLSTATE codes the application reacts to. */
export const SqlState = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  checkViolation: '23514',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;

/**
 * The SQLSTATE of a database error from either driver. drizzle 0.45 wraps driver errors
 * in DrizzleQueryError with the original on `cause`; postgres.js and PGlite both put it on `code`.
 */
export function sqlState(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 3 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

export const isUniqueViolation = (err: unknown) => sqlState(err) === SqlState.uniqueViolation;

/** The database errors the application tells apart; anything else is an unexpected failure. */
export type DbErrorKind = keyof typeof SqlState;

const kindByCode = new Map<string, DbErrorKind>(
  Object.entries(SqlState).map(([kind, code]) => [code, kind as DbErrorKind]),
);

/** Classifies a database error from either driver by its SQLSTATE; undefined when it is none of ours. */
export function dbErrorKind(err: unknown): DbErrorKind | undefined {
  const code = sqlState(err);
  return code === undefined ? undefined : kindByCode.get(code);
}

/**
 * The constraint a violation names (postgres.js: `constraint_name`, PGlite: `constraint`), so a
 * caller can tell "this slot is taken" from another unique rule on the same table.
 */
export function violatedConstraint(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 3 && e && typeof e === 'object'; depth++) {
    const o = e as { constraint_name?: unknown; constraint?: unknown };
    const name = o.constraint_name ?? o.constraint;
    if (typeof name === 'string' && name !== '') return name;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
