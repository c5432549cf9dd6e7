import { openDatabase } from '../src/db/client.js';
import { loadReferenceData } from '../src/db/seed/reference-data.js';
import { seedReferenceData } from '../src/db/seed/seed.js';
import { databaseTargetFromEnv } from './db-target.js';

const demo = process.argv.includes('--demo');
const target = databaseTargetFromEnv();
if (demo) {
  // Demo people include a regional admin: never into what may be a production database unasked.
  const { demoSeedRefusal } = await import('../src/sandbox/demo-data.js');
  const refusal = demoSeedRefusal(target, { argv: process.argv, env: process.env });
  if (refusal) {
    process.stderr.write(`${refusal}\n`);
    process.exit(2);
  }
}
const handle = await openDatabase(target);
try {
  await handle.migrate();
  const res = await seedReferenceData(handle.db, loadReferenceData());
  process.stdout.write(
    `Reference data: ${res.zones} zone sociali, ${res.comuni} comuni, ${res.pointsInserted} new points, ${res.services} services, ${res.patronDays} patron days.\n`,
  );
  if (demo) {
    const { seedDemoData } = await import('../src/sandbox/demo-data.js');
    const d = await seedDemoData(handle.db);
    process.stdout.write(`Demo data (labelled as demo): ${JSON.stringify(d)}\n`);
  }
} finally {
  await handle.close();
}
