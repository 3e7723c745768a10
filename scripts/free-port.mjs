import { createServer } from 'node:net';

/**
 * The first port from `first` on that nothing listens to on 127.0.0.1.
 * @param {number} first
 * @returns {Promise<number>}
 */
export async function freePort(first, tries = 50) {
  for (let port = first; port < first + tries; port += 1) {
    const free = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .once('listening', () => probe.close(() => resolve(true)));
      probe.listen(port, '127.0.0.1');
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${first} and ${first + tries - 1} on 127.0.0.1: stop a server or set TEST_PORT.`);
}
