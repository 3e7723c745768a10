import { expect, type BrowserContext } from '@playwright/test';

/** What went wrong while the page ran: CSP violations, console errors, uncaught errors, requests to other origins. */
export interface Watch {
  violations: string[];
  errors: string[];
  foreign: string[];
}

/** Watches a context: the `securitypolicyviolation` events of its pages, their console errors, and every request. */
export async function watch(context: BrowserContext, baseURL: string): Promise<Watch> {
  const found: Watch = { violations: [], errors: [], foreign: [] };
  const origin = new URL(baseURL).origin;
  await context.exposeBinding('__reportViolation', (_source, report: string) => {
    found.violations.push(report);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (report: string) => void }).__reportViolation;
      void report(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} on ${location.pathname} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin && !['data:', 'blob:', 'about:'].includes(url.protocol)) found.foreign.push(request.url());
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') found.errors.push(`${new URL(page.url()).pathname}: ${message.text()}`);
    });
    page.on('pageerror', (error) => found.errors.push(`${new URL(page.url()).pathname}: ${error.message}`));
  });
  return found;
}

export function expectClean(found: Watch) {
  expect(found.violations, 'CSP violations').toEqual([]);
  expect(found.errors, 'console errors').toEqual([]);
  expect(found.foreign, 'requests to other origins').toEqual([]);
}
