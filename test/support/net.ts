import { createServer } from 'node:net';
import { randomBytes } from 'node:crypto';

/** A port free on 127.0.0.1 right now (for a server whose address must be known before it starts). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A token shaped like BotFather's, different every run. */
export function testToken(): string {
  return `${7_000_000_000 + Math.floor(Math.random() * 1_000_000)}:AA${randomBytes(24).toString('base64url').slice(0, 33)}`;
}
