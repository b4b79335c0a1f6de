/**
 * The search module, loaded by the header's bootstrap on first use (a click on the search link,
 * Ctrl+K or ⌘K), never with a reading page. It defines `<xq-search>` and answers the bootstrap's
 * `xq-search:open` event by showing it in a modal dialog, or by focusing the search page's own.
 * (Vite bundles it as one self-contained script with no exports, hence the event.)
 */
import { XqSearch } from './xq-search.ts';
import { searchStrings } from './strings.ts';

customElements.get('xq-search') ?? customElements.define('xq-search', XqSearch);

function searchDialog(header: HTMLElement): HTMLDialogElement {
  const existing = document.getElementById('search-dialog');
  if (existing instanceof HTMLDialogElement) return existing;
  const lang = header.dataset.lang === 'en' ? 'en' : 'zh';
  const s = searchStrings(lang);
  const dialog = document.createElement('dialog');
  dialog.id = 'search-dialog';
  dialog.className = 'search-dialog';
  dialog.setAttribute('aria-labelledby', 'search-dialog-title');
  const head = document.createElement('div');
  head.className = 'search-dialog-head';
  const title = document.createElement('h2');
  title.id = 'search-dialog-title';
  title.textContent = s.open;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'search-close';
  close.setAttribute('aria-label', s.close);
  close.textContent = '×';
  close.addEventListener('click', () => dialog.close());
  head.append(title, close);
  const search = document.createElement('xq-search');
  search.dataset.lang = lang;
  search.dataset.base = header.dataset.base ?? '/';
  const more = document.createElement('p');
  more.className = 'search-more';
  const link = document.createElement('a');
  link.href = header.querySelector<HTMLAnchorElement>('[data-search-open]')?.href ?? '';
  link.textContent = s.morePage;
  more.append(link);
  const body = document.createElement('div');
  body.className = 'search-dialog-body';
  body.append(head, search, more);
  dialog.append(body);
  // The dialog itself is only its backdrop around the body: a click there closes it, as Esc does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  document.body.append(dialog);
  return dialog;
}

function openSearch(header: HTMLElement): void {
  const onPage = document.querySelector<XqSearch>('xq-search[data-page]');
  if (onPage) {
    onPage.focusInput();
    return;
  }
  const dialog = searchDialog(header);
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<XqSearch>('xq-search')?.focusInput();
}

document.addEventListener('xq-search:open', () => {
  const header = document.querySelector<HTMLElement>('[data-search-module]');
  if (header) openSearch(header);
});
