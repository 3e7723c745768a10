import { expect, test } from '@playwright/test';
import { createServer, type Server } from 'node:net';
import { findChromium, HEADLESS_SHELLS, SYSTEM_BROWSERS } from '../../scripts/find-chromium.mjs';
import { freePort } from '../../scripts/free-port.mjs';
import SummaryReporter from '../summary-reporter';
import type { FullResult, TestCase, TestResult } from '@playwright/test/reporter';

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const server = createServer().listen(port, '127.0.0.1', () => resolve(server));
  });
}

test('the test runner moves to the next free port when the default one is taken', async () => {
  const busy = await listen(0);
  const taken = (busy.address() as { port: number }).port;
  try {
    const port = await freePort(taken);
    expect(port).toBeGreaterThan(taken);
    // The port it returns really is free: something can listen on it.
    (await listen(port)).close();
  } finally {
    busy.close();
  }
});

function closingLine(run: (reporter: SummaryReporter) => void): string {
  const reporter = new SummaryReporter();
  const lines: string[] = [];
  const log = console.log;
  console.log = (line: string) => lines.push(line);
  try {
    run(reporter);
  } finally {
    console.log = log;
  }
  return lines.at(-1)!;
}

const passedTest = { retries: 0, outcome: () => 'expected' } as unknown as TestCase;
const passedResult = { retry: 0, status: 'passed' } as TestResult;

test('the closing line counts passed tests, and a run-level error (a server that cannot start) as a failure', () => {
  expect(
    closingLine((reporter) => {
      reporter.onTestEnd(passedTest, passedResult);
      reporter.onEnd({ status: 'passed' } as FullResult);
    }),
  ).toBe('tests: 1 passed, 0 failed, 0 skipped');
  expect(
    closingLine((reporter) => {
      reporter.onError(); // as for "http://127.0.0.1:4322/ is already used"
      reporter.onEnd({ status: 'failed' } as FullResult);
    }),
  ).toBe('tests: 0 passed, 1 failed, 0 skipped');
  expect(closingLine((reporter) => reporter.onEnd({ status: 'failed' } as FullResult))).toBe('tests: 0 passed, 1 failed, 0 skipped');
});

/** A test of a browser project that failed its first try with `error` and passed its second. */
async function passedOnRetryAfter(error: string) {
  const first = { retry: 0, status: 'failed', errors: [{ message: error }] } as unknown as TestResult;
  const second = { retry: 1, status: 'passed', errors: [] } as unknown as TestResult;
  const flaky = { title: '/fr/liens-rapides/ passes axe', retries: 1, outcome: () => 'flaky', results: [first, second] } as unknown as TestCase;
  let ended: ReturnType<SummaryReporter['onEnd']> | undefined;
  const line = closingLine((reporter) => {
    reporter.onTestEnd(flaky, first);
    reporter.onTestEnd(flaky, second);
    ended = reporter.onEnd({ status: 'passed' } as FullResult);
  });
  return { line, status: (await ended)?.status };
}

test('a test that passes on its retry counts as passed only when Chromium crashed under its first try; any other flaky test fails the run', async () => {
  expect(await passedOnRetryAfter('page.evaluate: Target crashed')).toEqual({ line: 'tests: 1 passed, 0 failed, 0 skipped', status: undefined });
  expect(await passedOnRetryAfter('expect(received).toEqual(expected): axe violations')).toEqual({
    line: 'tests: 0 passed, 1 failed, 0 skipped',
    status: 'failed',
  });
});

test('the test runner takes $CHROMIUM_PATH, then a headless shell before a full browser, and says what to install when it finds none', () => {
  const installed =
    (...paths: string[]) =>
    (path: string) =>
      paths.includes(path);
  const [shell] = HEADLESS_SHELLS;
  const [fullBrowser] = SYSTEM_BROWSERS;
  expect(findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists: installed('/opt/chrome', shell!) })).toBe('/opt/chrome');
  expect(() => findChromium({ env: { CHROMIUM_PATH: '/opt/chrome' }, exists: installed(shell!) })).toThrow(
    'CHROMIUM_PATH is set to /opt/chrome, which does not exist.',
  );
  expect(findChromium({ env: {}, exists: installed(fullBrowser!, shell!) })).toBe(shell);
  expect(findChromium({ env: {}, exists: installed(fullBrowser!) })).toBe(fullBrowser);
  expect(() => findChromium({ env: {}, exists: installed() })).toThrow('sudo apt-get install chromium-headless-shell');
});
