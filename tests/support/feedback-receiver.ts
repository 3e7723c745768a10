import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

/** How the receiver behaves: answers, drops the connection, never answers, or fails. */
export type ReceiverMode = 'ok' | 'down' | 'slow' | 'error';

export interface FeedbackReceiver {
  /** Its address, to build the site with (HELP_FEEDBACK_URL). */
  url: string;
  origin: string;
  /** Every payload received, decoded, in order. */
  received: Record<string, string>[];
  /** The raw bodies, to prove what never arrived. */
  raw: string[];
  mode: ReceiverMode;
  close(): Promise<void>;
}

/**
 * A stand-in for the department's feedback receiver, on 127.0.0.1 at a free port: it
 * records form posts, and answers the page's script with CORS for `allowOrigin()`
 * (the site's origin, known once the site is served).
 */
export async function startReceiver(allowOrigin: () => string): Promise<FeedbackReceiver> {
  const held: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (receiver.mode === 'down') {
      request.socket.destroy();
      return;
    }
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      if (request.method !== 'POST') {
        response.writeHead(405).end();
        return;
      }
      receiver.raw.push(body);
      receiver.received.push(Object.fromEntries(new URLSearchParams(body)));
      const cors = request.headers.origin === allowOrigin() ? { 'Access-Control-Allow-Origin': allowOrigin() } : {};
      if (receiver.mode === 'slow') {
        held.push(response);
        return;
      }
      if (receiver.mode === 'error') {
        response.writeHead(503, cors).end();
        return;
      }
      // The page's script asks for JSON; a browser posting the form without it gets a page.
      if (request.headers.accept?.includes('application/json')) response.writeHead(200, { 'Content-Type': 'application/json', ...cors }).end('{"ok":true}');
      else response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Received</title><h1>Received</h1>');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const { port } = server.address() as { port: number };
  const receiver: FeedbackReceiver = {
    url: `http://127.0.0.1:${port}/feedback`,
    origin: `http://127.0.0.1:${port}`,
    received: [],
    raw: [],
    mode: 'ok',
    close: () =>
      new Promise((done) => {
        for (const response of held) response.destroy();
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
  return receiver;
}
