import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { WEIGHT_ANNOTATION, type WeightRow } from './support/page-weight';

/**
 * Prints, once the run ends, the cold load of the heaviest page of each type, as measured by the tests that
 * carry a "page weight" annotation (tests/a11y/pages.test.ts), so that a change in weight shows in review.
 */
export default class PageWeightReporter implements Reporter {
  private readonly rows: WeightRow[] = [];

  onTestEnd(_test: TestCase, result: TestResult): void {
    for (const annotation of result.annotations) {
      if (annotation.type === WEIGHT_ANNOTATION && annotation.description) this.rows.push(JSON.parse(annotation.description) as WeightRow);
    }
  }

  onEnd(): void {
    if (this.rows.length === 0) return;
    const heaviest = new Map<string, WeightRow>();
    for (const row of this.rows) if ((heaviest.get(row.type)?.total ?? -1) < row.total) heaviest.set(row.type, row);
    const count = (type: string) => this.rows.filter((row) => row.type === type).length;
    console.log('\nCold load per page type, gzip bytes (the heaviest page of each type):');
    console.table([...heaviest.values()].map((row) => ({ ...row, type: `${row.type} (${count(row.type)})` })));
  }
}
