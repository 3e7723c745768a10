/**
 * Loaded by <page-feedback> on first use: scrubs the comment, shows it to the reader
 * for a last look, sends the answer to the receiver in place and thanks the reader;
 * if the receiver is down or slow, says so and keeps everything the reader typed.
 */
import { fragmentTarget, sectionInView } from '../browser/sections';
import { FEEDBACK_FIELDS, HELPFUL } from '../lib/feedback';
import { scrubPii } from '../lib/scrub-pii';
import { postFeedback } from './feedback-post';

interface Strings {
  sending: string;
  failed: string;
  redacted: string;
  reviewRemoved: string;
  reviewSame: string;
}

const part = <T extends HTMLElement>(root: HTMLElement, name: string) => root.querySelector<T>(`[data-feedback-${name}]`)!;

/** The section the reader was sent to (the address's #fragment), or else the one they are reading, as the language toggle sees it. */
function currentSection(): string {
  const headings = [...document.querySelectorAll<HTMLElement>('[data-pagefind-body] :is(h2, h3)[id]')];
  const target = fragmentTarget(location.hash);
  if (target && headings.includes(target)) return target.id;
  return sectionInView(headings.map((heading) => heading.id)) ?? '';
}

const wired = new WeakSet<HTMLElement>();
const pending = new WeakMap<HTMLElement, URLSearchParams>();
const busy = new WeakSet<HTMLElement>();

/** Handles a submission of the form: "Yes" is sent at once; a comment is scrubbed and shown first. */
export function submit(root: HTMLElement, helpful: string): void {
  wire(root);
  const form = part<HTMLFormElement>(root, 'form');
  const strings = JSON.parse(root.dataset['strings']!) as Strings;
  const comment = part<HTMLTextAreaElement>(root, 'comment').value.trim();
  part<HTMLInputElement>(root, 'section').value = currentSection();
  const data = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') data.set(name, value);
  data.set(FEEDBACK_FIELDS.helpful, helpful);
  const scrubbed = scrubPii(comment, strings.redacted);
  data.set(FEEDBACK_FIELDS.details, helpful === HELPFUL.no ? scrubbed : '');
  if (helpful !== HELPFUL.no || !comment) {
    void send(root, data, strings);
    return;
  }
  pending.set(root, data);
  part(root, 'review-intro').textContent = scrubbed === comment ? strings.reviewSame : strings.reviewRemoved;
  part(root, 'scrubbed').textContent = scrubbed;
  part(root, 'error').textContent = '';
  part(root, 'details').hidden = true;
  part(root, 'review').hidden = false;
  part(root, 'review-title').focus();
}

/** The review step's two buttons, wired once. */
function wire(root: HTMLElement): void {
  if (wired.has(root)) return;
  wired.add(root);
  part(root, 'edit').addEventListener('click', () => {
    part(root, 'review').hidden = true;
    part(root, 'error').textContent = '';
    part(root, 'details').hidden = false;
    part(root, 'comment').focus();
  });
  part(root, 'send').addEventListener('click', () => {
    const data = pending.get(root);
    if (data) void send(root, data, JSON.parse(root.dataset['strings']!) as Strings);
  });
}

async function send(root: HTMLElement, data: URLSearchParams, strings: Strings): Promise<void> {
  if (busy.has(root)) return;
  busy.add(root);
  const status = part(root, 'status');
  const error = part(root, 'error');
  error.textContent = '';
  status.textContent = strings.sending;
  try {
    await postFeedback(root.dataset['endpoint']!, data);
    part(root, 'form').hidden = true;
    const thanks = part(root, 'thanks');
    thanks.hidden = false;
    thanks.focus();
  } catch {
    // Down, slow or refusing: nothing is cleared, so the reader can send again as is.
    status.textContent = '';
    error.textContent = strings.failed;
  } finally {
    busy.delete(root);
  }
}
