import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** What Playwright says when Chromium's renderer dies under a test: a browser fault, not the page's. */
export const BROWSER_CRASH = /Target crashed|Page crashed/;

/**
 * Ends the run with one plain line, "tests: N passed, N failed, N skipped", that CI reads.
 * An error outside any test (a web server that cannot start, a file that does not load)
 * counts as a failure: a run that tested nothing must not read "0 failed". The browser projects
 * retry a test once (playwright.config.ts) for Chromium's own crashes only: a test that passes
 * on its second try after any other failure is flaky, counts as failed and fails the run.
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private afterCrash: string[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'skipped') this.skipped += 1;
    else if (test.outcome() === 'expected') this.passed += 1;
    else if (test.outcome() === 'flaky' && this.onlyCrashed(test)) {
      this.passed += 1;
      this.afterCrash.push(test.title);
    } else this.failed += 1;
  }

  onError(): void {
    this.failed += 1;
  }

  // Async as Playwright's type wants it, though it awaits nothing: the closing line is printed at once.
  async onEnd(result: FullResult): Promise<{ status: FullResult['status'] } | undefined> {
    if (result.status !== 'passed' && this.failed === 0) this.failed += 1;
    for (const title of this.afterCrash) console.log(`passed on its second try, after Chromium crashed under it: ${title}`);
    console.log(`tests: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
    // Playwright exits 0 on a flaky test: a failure other than a browser crash must fail the run.
    return this.failed > 0 && result.status === 'passed' ? { status: 'failed' } : undefined;
  }

  /** Whether every failed try of the test failed because the browser crashed. */
  private onlyCrashed(test: TestCase): boolean {
    const failures = test.results.filter((result) => result.status !== 'passed' && result.status !== 'skipped');
    return failures.every((result) => result.errors.length > 0 && result.errors.every((error) => BROWSER_CRASH.test(error.message ?? '')));
  }
}
