/**
 * `<xq-search data-lang data-base [data-filters] [data-page]>`: a search box as a combobox over a
 * listbox of results (WAI-ARIA APG pattern). The input keeps focus; arrows move the active
 * option, Enter opens it, and a status line announces the count. With `data-filters` it offers
 * year, part and content filters; with `data-page` it keeps the query in the address (`?q=`).
 */
import { SearchEngine, type ContentKind, type SearchFilters, type SearchHit } from './engine.ts';
import { fill, searchStrings, type SearchStrings } from './strings.ts';
import type { SiteLang } from '../../lib/site/site-paths.ts';

const TYPING_PAUSE_MS = 120;
const engines = new Map<string, SearchEngine>();
let instances = 0;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class XqSearch extends HTMLElement {
  #lang: SiteLang = 'zh';
  #strings!: SearchStrings;
  #engine!: SearchEngine;
  #input!: HTMLInputElement;
  #list!: HTMLUListElement;
  #status!: HTMLParagraphElement;
  #filters: HTMLFormElement | undefined;
  #hits: SearchHit[] = [];
  #active = -1;
  #generation = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** The year asked for in the address, applied once the index has said which years exist. */
  #wantedYear: string | null = null;
  /** Moving the element in the page reconnects it; it renders once. */
  #rendered = false;

  connectedCallback(): void {
    if (this.#rendered) return;
    this.#rendered = true;
    this.#lang = this.dataset.lang === 'en' ? 'en' : 'zh';
    this.#strings = searchStrings(this.#lang);
    const base = this.dataset.base ?? '/';
    this.#engine = engines.get(base + this.#lang) ?? new SearchEngine(base, this.#lang);
    engines.set(base + this.#lang, this.#engine);
    this.#render(`xq-search-${++instances}`);
    const initial = this.dataset.page !== undefined ? new URLSearchParams(location.search) : undefined;
    if (initial) {
      this.#input.value = initial.get('q') ?? '';
      this.#wantedYear = initial.get('year');
      for (const name of ['year', 'part', 'content']) {
        const value = initial.get(name);
        const radio = value && this.#filters?.querySelector<HTMLInputElement>(`input[name="${name}"][value="${CSS.escape(value)}"]`);
        if (radio) radio.checked = true;
      }
    }
    this.#engine.load().then(
      () => this.#showYears(),
      () => this.#announce(this.#strings.failed),
    );
    if (this.#input.value.trim()) void this.#search();
  }

  focusInput(): void {
    this.#input.focus();
    this.#input.select();
  }

  #render(id: string): void {
    const s = this.#strings;
    const box = element('div', { class: 'search-box' });
    box.append(element('label', { for: `${id}-input`, class: 'search-label' }, s.label));
    this.#input = element('input', {
      id: `${id}-input`,
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `${id}-list`,
      'aria-describedby': `${id}-hint`,
      autocomplete: 'off',
      spellcheck: 'false',
      enterkeyhint: 'search',
    });
    box.append(this.#input);
    this.append(box);
    if (this.dataset.filters !== undefined) this.append(this.#renderFilters(id));
    this.#status = element('p', { class: 'search-status', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
    this.#list = element('ul', { id: `${id}-list`, role: 'listbox', class: 'search-results', 'aria-label': s.results });
    this.append(this.#status, this.#list, element('p', { id: `${id}-hint`, class: 'search-hint' }, s.hint));

    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    this.#list.addEventListener('click', (event) => {
      const option = (event.target as Element).closest<HTMLElement>('[role="option"]');
      if (option) this.#open(Number(option.dataset.index));
    });
  }

  #renderFilters(id: string): HTMLFormElement {
    const s = this.#strings;
    const form = element('form', { class: 'search-filters', 'aria-label': s.filters });
    const group = (name: string, legend: string, options: [string, string][]) => {
      const fieldset = element('fieldset', { 'data-filter': name });
      fieldset.append(element('legend', {}, legend));
      options.forEach(([value, label], i) => {
        const radio = element('input', { type: 'radio', name, value, id: `${id}-${name}-${i}` });
        if (i === 0) radio.checked = true;
        const wrapper = element('div', { class: 'search-choice' });
        wrapper.append(radio, element('label', { for: radio.id }, label));
        fieldset.append(wrapper);
      });
      return fieldset;
    };
    form.append(
      group('year', s.year, [['', s.allYears]]),
      group('part', s.part, [['', s.allParts], ['review', s.review], ['plan', s.plan]]),
      group('content', s.content, [['', s.allContent], ['original', s.original], ['summary', s.summary]]),
    );
    form.addEventListener('change', () => void this.#search());
    form.addEventListener('submit', (event) => event.preventDefault());
    this.#filters = form;
    return form;
  }

  async #showYears(): Promise<void> {
    const fieldset = this.#filters?.querySelector('[data-filter="year"]');
    if (!fieldset) return;
    const wanted = this.#wantedYear;
    this.#wantedYear = null;
    for (const year of await this.#engine.years()) {
      const radio = element('input', { type: 'radio', name: 'year', value: year, id: `${this.#input.id}-year-${year}` });
      const wrapper = element('div', { class: 'search-choice' });
      wrapper.append(radio, element('label', { for: radio.id }, fill(this.#strings.yearOption, { year })));
      fieldset.append(wrapper);
      if (year === wanted) radio.checked = true;
    }
    if (wanted && this.#input.value.trim()) void this.#search();
  }

  #currentFilters(): SearchFilters {
    const value = (name: string) => this.#filters?.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value || undefined;
    return { year: value('year'), part: value('part'), content: value('content') as ContentKind | undefined };
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#search(), TYPING_PAUSE_MS);
  }

  async #search(): Promise<void> {
    clearTimeout(this.#timer);
    const generation = ++this.#generation;
    const query = this.#input.value.trim();
    const filters = this.#currentFilters();
    if (this.dataset.page !== undefined) this.#keepInAddress(query, filters);
    if (!query) {
      this.#show([], '');
      return;
    }
    this.#status.textContent = this.#strings.loading;
    try {
      const hits = await this.#engine.search(query, filters);
      if (generation === this.#generation) this.#show(hits, query);
    } catch {
      if (generation === this.#generation) this.#announce(this.#strings.failed);
    }
  }

  #keepInAddress(query: string, filters: SearchFilters): void {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const [name, value] of Object.entries(filters)) if (value) params.set(name, value);
    if (this.#wantedYear) params.set('year', this.#wantedYear);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  #show(hits: SearchHit[], query: string): void {
    this.#hits = hits;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.replaceChildren(...hits.map((hit, i) => this.#option(hit, i)));
    this.#input.setAttribute('aria-expanded', String(hits.length > 0));
    const s = this.#strings;
    this.#announce(!query ? '' : hits.length === 0 ? fill(s.noResults, { query }) : hits.length === 1 ? s.resultCountOne : fill(s.resultCountMany, { count: hits.length }));
  }

  #announce(text: string): void {
    this.#status.textContent = text;
  }

  #option(hit: SearchHit, index: number): HTMLLIElement {
    const s = this.#strings;
    const option = element('li', { role: 'option', id: `${this.#list.id}-${index}`, 'aria-selected': 'false', class: 'search-result' });
    option.dataset.index = String(index);
    option.dataset.content = hit.content;
    option.dataset.section = `${hit.plan}/${hit.section}`;
    const titleZhOnly = this.#lang === 'zh' || !hit.titleEn;
    option.append(element('span', { class: 'result-title', lang: titleZhOnly ? 'zh-CN' : 'en' }, titleZhOnly ? hit.titleZh : hit.titleEn));
    const meta = element('span', { class: 'result-meta' });
    const paragraph = /^p[\d-]+$/.test(hit.anchor ?? '') ? ` · ${fill(s.paragraph, { n: hit.anchor!.split('-').at(-1)! })}` : '';
    meta.append(element('span', { class: 'result-lang' }, hit.content === 'original' ? s.original : s.summary), ` · ${fill(s.yearOption, { year: hit.plan })}${paragraph}`);
    const excerpt = element('span', { class: 'result-excerpt', lang: hit.content === 'original' ? 'zh-CN' : 'en' });
    excerpt.append(...hit.excerpt.map((part) => (part.marked ? element('mark', {}, part.text) : document.createTextNode(part.text))));
    option.append(meta, excerpt);
    return option;
  }

  #onKey(event: KeyboardEvent): void {
    const count = this.#hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#activate(this.#active === -1 ? (step === 1 ? 0 : count - 1) : (this.#active + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.#active >= 0) this.#open(this.#active);
      else void this.#search();
    } else if (event.key === 'Escape' && this.dataset.page !== undefined && this.#input.value) {
      event.preventDefault();
      this.#input.value = '';
      void this.#search();
    }
  }

  #activate(index: number): void {
    const options = this.#list.querySelectorAll<HTMLElement>('[role="option"]');
    options[this.#active]?.setAttribute('aria-selected', 'false');
    this.#active = index;
    const option = options[index]!;
    option.setAttribute('aria-selected', 'true');
    this.#input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  #open(index: number): void {
    const hit = this.#hits[index];
    if (!hit) return;
    this.closest('dialog')?.close();
    location.assign(hit.href);
  }
}
