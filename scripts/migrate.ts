import { openDatabase } from '../src/db/client.js';
import { databaseTargetFromEnv } from './db-target.js';

const target = databaseTargetFromEnv();
const handle = await openDatabase(target);
try {
  await handle.migrate();
  process.stdout.write(`Migrations applied (${handle.driver}).\n`);
} finally {
  await handle.close();
}
