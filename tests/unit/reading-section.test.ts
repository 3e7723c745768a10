import { expect, test } from '@playwright/test';
import { readingSection } from '../../src/lib/reading-section';

test('the section being read is the last heading scrolled past the top quarter of the window', () => {
  const headings = [
    { id: 'a', top: -900 },
    { id: 'b', top: 150 },
    { id: 'c', top: 600 },
  ];
  expect(readingSection(headings, '', 800)).toBe('b');
  expect(
    readingSection(
      headings.map((heading) => ({ ...heading, top: heading.top + 1200 })),
      '',
      800,
    ),
  ).toBeUndefined();
});

test('the #section in the address wins while its heading is on screen, not once scrolled away', () => {
  const nearTheEnd = [
    { id: 'a', top: -900 },
    { id: 'b', top: 100 },
    { id: 'c', top: 500 },
  ];
  expect(readingSection(nearTheEnd, 'c', 800)).toBe('c');
  // A short section: the next heading is already past the reading line, the linked one is still read.
  expect(readingSection(nearTheEnd, 'b', 800)).toBe('b');
  const scrolledAway = [
    { id: 'a', top: -1500 },
    { id: 'b', top: -300 },
    { id: 'c', top: 100 },
  ];
  expect(readingSection(scrolledAway, 'a', 800)).toBe('c');
});
