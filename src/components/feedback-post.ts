import { FEEDBACK_TIMEOUT_MS } from '../lib/feedback';

/**
 * Sends feedback to the receiver (HELP_FEEDBACK_URL) as the page's script does: form-encoded, asking for JSON,
 * without cookies; rejects when the receiver is down, refuses, or has not answered within FEEDBACK_TIMEOUT_MS.
 * Page feedback (page-feedback-send.ts) and the search that found nothing (search-feedback-send.ts) both use it.
 */
export async function postFeedback(endpoint: string, data: URLSearchParams): Promise<void> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FEEDBACK_TIMEOUT_MS);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      body: data,
      headers: { Accept: 'application/json' },
      credentials: 'omit',
      signal: controller.signal,
    });
    if (!response.ok) throw new Error(`The receiver answered ${response.status}`);
  } finally {
    clearTimeout(timer);
  }
}
