/**
 * Loaded by <search-feedback> when a search finds nothing: shows the query scrubbed of personal information,
 * as page feedback scrubs a comment, and sends it to the receiver as that page's comment.
 */
import { FEEDBACK_FIELDS } from '../lib/feedback';
import { scrubPii } from '../lib/scrub-pii';
import { postFeedback } from './feedback-post';

interface Strings {
  redacted: string;
  sending: string;
  failed: string;
}

const part = <T extends HTMLElement>(root: HTMLElement, name: string) => root.querySelector<T>(`[data-search-feedback-${name}]`)!;
const strings = (root: HTMLElement) => JSON.parse(root.dataset['strings']!) as Strings;

/** Offers to send the query that found nothing, as it will be sent: scrubbed. */
export function offer(root: HTMLElement, query: string): void {
  const scrubbed = scrubPii(query, strings(root).redacted);
  part<HTMLInputElement>(root, 'details').value = scrubbed;
  part(root, 'query').textContent = scrubbed;
  part(root, 'status').textContent = '';
  part(root, 'error').textContent = '';
  part(root, 'form').hidden = false;
  part(root, 'thanks').hidden = true;
  root.hidden = false;
}

/** Sends the offered query; on failure says so and keeps the offer, to try again. */
export async function send(root: HTMLElement): Promise<void> {
  const form = part<HTMLFormElement>(root, 'form');
  const data = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') data.set(name, value);
  if (!data.get(FEEDBACK_FIELDS.details)) return;
  const { sending, failed } = strings(root);
  part(root, 'error').textContent = '';
  part(root, 'status').textContent = sending;
  try {
    await postFeedback(root.dataset['endpoint']!, data);
    form.hidden = true;
    const thanks = part(root, 'thanks');
    thanks.hidden = false;
    thanks.focus();
  } catch {
    part(root, 'status').textContent = '';
    part(root, 'error').textContent = failed;
  }
}
