// The section tools of an article heading: below 48rem (see ArticleBody.astro) one small
// button folds the anchor and copy buttons away, so a client reads calm headings and an
// agent is one tap from the tools. Without a working clipboard there is nothing to fold:
// the anchor link stands alone, as it does without JavaScript.
import { clipboardWorks } from './section-links';

class SectionTools extends HTMLElement {
  connectedCallback() {
    const toggle = this.querySelector<HTMLButtonElement>('[data-tools-toggle]');
    if (!toggle || !clipboardWorks()) return;
    toggle.hidden = false;
    const open = (expanded: boolean) => toggle.setAttribute('aria-expanded', String(expanded));
    toggle.addEventListener('click', () => open(toggle.getAttribute('aria-expanded') !== 'true'));
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true' || getComputedStyle(toggle).display === 'none') return;
      open(false);
      toggle.focus();
    });
  }
}
customElements.define('section-tools', SectionTools);
