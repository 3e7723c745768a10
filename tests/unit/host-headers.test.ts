import { expect, test } from '@playwright/test';
import { headersFor, parseHeaders } from '../../src/lib/host-headers';

const FILE = `# A comment
/*
  X-Frame-Options: DENY
  Content-Security-Policy: default-src 'self'; img-src 'self'

/_astro/*
  Cache-Control: public, max-age=31536000, immutable
`;

test('reads each path pattern with its headers, values kept whole after the first colon', () => {
  expect(parseHeaders(FILE)).toEqual([
    {
      pattern: '/*',
      headers: [
        ['X-Frame-Options', 'DENY'],
        ['Content-Security-Policy', "default-src 'self'; img-src 'self'"],
      ],
    },
    { pattern: '/_astro/*', headers: [['Cache-Control', 'public, max-age=31536000, immutable']] },
  ]);
});

test('a path gets the headers of every rule it matches, and only those', () => {
  const rules = parseHeaders(FILE);
  expect(headersFor(rules, '/_astro/app.js').map(([name]) => name)).toEqual(['X-Frame-Options', 'Content-Security-Policy', 'Cache-Control']);
  expect(headersFor(rules, '/fr/_astro/').map(([name]) => name)).toEqual(['X-Frame-Options', 'Content-Security-Policy']);
});

test('a header line outside any rule is refused rather than dropped', () => {
  expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow('not a "Name: value" line under a path pattern');
});
