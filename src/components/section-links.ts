// Section links on article pages: copy buttons (shown only where the clipboard
// works), and focus on the section a #fragment names. The language toggle's own
// element (LanguageToggle.astro) keeps the reader's section.
import { fragmentTarget } from '../browser/sections';
import { bilingualPair } from '../lib/bilingual-pair';

/** Copy buttons are shown only where writing to the clipboard can work: no dead buttons. */
export const clipboardWorks = () => window.isSecureContext && typeof navigator.clipboard?.writeText === 'function';

const absolute = (path: string | undefined) => new URL(path ?? '', location.origin).href;

class SectionCopy extends HTMLElement {
  private timer: number | undefined;

  connectedCallback() {
    // Under an article heading, only this page's link is written in the button's HTML; the twin's
    // comes from the page's map of twin sections (src/components/ArticleBody.astro).
    const { twinLang = '', ownLang = '' } = this.dataset;
    const id = this.dataset[ownLang]?.split('#')[1];
    const twins = this.closest<HTMLElement>('[data-twin-sections]')?.dataset['twinSections'];
    const twin = id && twins ? (JSON.parse(twins) as Partial<Record<string, string>>)[id] : undefined;
    if (twin) this.dataset[twinLang] = twin;
    if (!clipboardWorks()) return;
    this.hidden = false;
    this.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
      if (button) void this.copy(button.dataset['copy'] === 'both');
    });
  }

  private async copy(both: boolean) {
    const { fr, en, ownLang, labelFr = '', labelEn = '' } = this.dataset;
    const text = both ? bilingualPair({ fr: labelFr, en: labelEn }, absolute(fr), absolute(en)) : absolute(ownLang === 'fr' ? fr : en);
    const status = this.querySelector('[role=status]')!;
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = (both ? this.dataset['copiedBoth'] : this.dataset['copied']) ?? '';
    } catch {
      status.textContent = this.dataset['failed'] ?? '';
    }
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (status.textContent = ''), 5000);
  }
}
customElements.define('section-copy', SectionCopy);

function followFragment() {
  const target = fragmentTarget(location.hash);
  const heading = target?.matches('h2, h3') ? target : undefined;
  heading?.focus({ preventScroll: true });
  // Focus can cut short the browser's smooth scroll to the fragment (measured: a section link followed on
  // the same page stopped 300 px short, or off screen); scrolling again lands the heading at the top.
  heading?.scrollIntoView({ block: 'start' });
}

addEventListener('hashchange', followFragment);
followFragment();
