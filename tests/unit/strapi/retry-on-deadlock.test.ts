/**
 * Which database errors a write (or an import) is run again for: the ones
 * that say "another transaction was in the way", never a real refusal.
 */
import { isTransientLockError } from '../../../src/plugins/newsroom/server/src/strapi/retry-on-deadlock';

it.each([
  ['a MySQL/MariaDB deadlock', { code: 'ER_LOCK_DEADLOCK', errno: 1213 }],
  ['a MySQL/MariaDB lock wait timeout', { code: 'ER_LOCK_WAIT_TIMEOUT', errno: 1205 }],
  ['a PostgreSQL deadlock', { code: '40P01' }],
  ['a PostgreSQL serialization failure', { code: '40001' }],
  ['SQLite’s database is locked', Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' })],
])('runs the transaction again after %s', (_, error) => {
  expect(isTransientLockError(error)).toBe(true);
});

it.each([
  ['a unique violation on PostgreSQL', { code: '23505' }],
  ['a SQLite constraint', { code: 'SQLITE_CONSTRAINT_UNIQUE' }],
  ['a validation error', new Error('title is required')],
  ['nothing', undefined],
])('does not run it again after %s', (_, error) => {
  expect(isTransientLockError(error)).toBe(false);
});
