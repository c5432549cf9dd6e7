import type { Database } from '../../src/db/client.js';
import { bookingUseCases } from '../../src/app/booking.js';
import { findUseCases } from '../../src/app/find.js';
import { referenceCache } from '../../src/app/reference.js';
import { roleUseCases } from '../../src/app/roles.js';

/**
 * The booking use cases wired as the service wires them, on their own reference cache: what
 * another process (or another part of the bot) would call on the same database.
 */
export function directBooking(db: Database, clock: () => Date) {
  const reference = referenceCache(db);
  const roles = roleUseCases({ db, clock });
  const booking = bookingUseCases({ db, clock, reference, roles, find: findUseCases({ db, reference, clock }) });
  return { booking, reference, roles };
}
