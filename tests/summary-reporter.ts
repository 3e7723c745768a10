import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Ends the run with one plain line, "tests: N passed, N failed, N skipped", that CI reads.
 * An error outside any test (a web server that cannot start, a file that does not load)
 * counts as a failure: a run that tested nothing must not read "0 failed".
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'skipped') this.skipped += 1;
    else if (test.outcome() === 'expected' || test.outcome() === 'flaky') this.passed += 1;
    else this.failed += 1;
  }

  onError(): void {
    this.failed += 1;
  }

  onEnd(result: FullResult): void {
    if (result.status !== 'passed' && this.failed === 0) this.failed += 1;
    console.log(`tests: ${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped`);
  }
}
