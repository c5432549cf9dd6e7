/**
 * npm run bench: every benchmark in turn, each printing its figures and one summary line.
 * Benchmarks measure; tests never assert timings.
 */
import { run as runFind } from './find.js';
import { run as runAvailability } from './availability.js';
import { run as runFeed } from './feed.js';

const summaries: string[] = [];
summaries.push(runFind().summary);
summaries.push(runAvailability().summary);
summaries.push(runFeed().summary);

console.log('\n=== summary ===');
for (const s of summaries) console.log(s);
