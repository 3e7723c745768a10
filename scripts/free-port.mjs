import { createServer } from 'node:net';

/** Whether something can listen on 127.0.0.1:`port`; with port 0, the port the system gave instead. */
function probe(port) {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(undefined))
      .once('listening', () => {
        const { port: bound } = /** @type {import('node:net').AddressInfo} */ (server.address());
        server.close(() => resolve(bound));
      });
    server.listen(port, '127.0.0.1');
  });
}

/**
 * The first port from `first` on that nothing listens to on 127.0.0.1; without `first`, any free port.
 * @param {number} [first]
 * @returns {Promise<number>}
 */
export async function freePort(first = 0, tries = 50) {
  if (first === 0) return /** @type {number} */ (await probe(0));
  for (let port = first; port < first + tries; port += 1) {
    if ((await probe(port)) !== undefined) return port;
  }
  throw new Error(`No free port between ${first} and ${first + tries - 1} on 127.0.0.1: stop a server or set TEST_PORT.`);
}
