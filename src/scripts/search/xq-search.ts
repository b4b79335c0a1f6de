/**
 * `<xq-search data-lang data-base [data-filters] [data-page]>`: a search box as a combobox over a
 * listbox of results (WAI-ARIA APG pattern). The input keeps focus; arrows move the active
 * option, Enter opens it, and a status line announces the count. Each result is a link, so it
 * opens in a new tab as any link does. With `data-filters` it offers year, part and content
 * filters, folded away on narrow screens so the first result shows without scrolling; with
 * `data-page` it keeps the query in the address (`?q=`).
 */
import { SearchEngine, type MatchNote, type SearchFilters, type SearchHit, type SearchOutcome } from './engine.ts';
import { fill, searchStrings, type SearchStrings } from './strings.ts';
import { paths, withBase, type SiteLang } from '../../lib/site/site-paths.ts';

const TYPING_PAUSE_MS = 120;
/** Filters start open only where there is room for them beside the first results. */
const ROOM_FOR_FILTERS = '(min-width: 48rem)';
const LANG_TAG: Record<SiteLang, string> = { zh: 'zh-CN', en: 'en' };
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
  #list!: HTMLDivElement;
  #status!: HTMLParagraphElement;
  #suggestions!: HTMLParagraphElement;
  #filters: HTMLFormElement | undefined;
  #filtersSummary: HTMLElement | undefined;
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
      this.#describeFilters();
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
    this.#suggestions = element('p', { class: 'search-suggestions', hidden: '' });
    this.#list = element('div', { id: `${id}-list`, role: 'listbox', class: 'search-results', 'aria-label': s.results });
    this.append(this.#status, this.#suggestions, this.#list, element('p', { id: `${id}-hint`, class: 'search-hint' }, s.hint));

    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('keydown', (event) => this.#onKey(event));
    // A result is a link: the browser follows it (a new tab with a modifier or the middle button); a dialog closes behind it.
    this.#list.addEventListener('click', (event) => {
      if (!event.ctrlKey && !event.metaKey && !event.shiftKey && (event.target as Element).closest('[role="option"]')) this.closest('dialog')?.close();
    });
    this.#suggestions.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-query]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      this.#input.value = link.dataset.query!;
      void this.#search();
      this.#input.focus();
    });
  }

  #renderFilters(id: string): HTMLDetailsElement {
    const s = this.#strings;
    const fold = element('details', { class: 'search-filters-fold' });
    if (matchMedia(ROOM_FOR_FILTERS).matches) fold.open = true;
    this.#filtersSummary = element('summary', {}, s.filters);
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
      group('content', s.content, [['', s.allContent], ['original', s.original], ['english', s.english]]),
    );
    form.addEventListener('change', () => {
      this.#describeFilters();
      void this.#search();
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    this.#filters = form;
    fold.append(this.#filtersSummary, form);
    return fold;
  }

  /** The folded filters' summary names the filters in force, so a reader sees why results are few. */
  #describeFilters(): void {
    if (!this.#filters || !this.#filtersSummary) return;
    const chosen = [...this.#filters.querySelectorAll<HTMLInputElement>('input:checked')].filter((radio) => radio.value !== '').map((radio) => this.#filters!.querySelector(`label[for="${CSS.escape(radio.id)}"]`)?.textContent ?? radio.value);
    this.#filtersSummary.textContent = chosen.length > 0 ? fill(this.#strings.filtersActive, { list: chosen.join(', ') }) : this.#strings.filters;
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
    this.#describeFilters();
    if (wanted && this.#input.value.trim()) void this.#search();
  }

  #currentFilters(): SearchFilters {
    const value = (name: string) => this.#filters?.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value || undefined;
    return { year: value('year'), part: value('part'), content: value('content') as SearchFilters['content'] };
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
      this.#show({ hits: [], suggestions: [] }, '');
      return;
    }
    this.#status.textContent = this.#strings.loading;
    try {
      const outcome = await this.#engine.search(query, filters);
      if (generation === this.#generation) this.#show(outcome, query);
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

  #show({ hits, suggestions }: SearchOutcome, query: string): void {
    this.#hits = hits;
    // Which query the list answers, for whoever waits on it (the status may still show the last one).
    this.dataset.shown = query;
    this.#active = -1;
    this.#input.removeAttribute('aria-activedescendant');
    this.#list.replaceChildren(...hits.map((hit, i) => this.#option(hit, i)));
    this.#input.setAttribute('aria-expanded', String(hits.length > 0));
    const s = this.#strings;
    this.#announce(!query ? '' : hits.length === 0 ? fill(s.noResults, { query }) : hits.length === 1 ? s.resultCountOne : fill(s.resultCountMany, { count: hits.length }));
    this.#suggestions.replaceChildren();
    this.#suggestions.hidden = suggestions.length === 0;
    if (suggestions.length === 0) return;
    this.#suggestions.append(`${s.suggest} `);
    suggestions.forEach(({ text, lang }, i) => {
      const href = `${withBase(this.dataset.base ?? '/', paths.search(this.#lang))}?${new URLSearchParams({ q: text })}`;
      if (i > 0) this.#suggestions.append(this.#lang === 'zh' ? '、' : ', ');
      this.#suggestions.append(element('a', { href, lang: LANG_TAG[lang], 'data-query': text }, text));
    });
  }

  #announce(text: string): void {
    this.#status.textContent = text;
  }

  /** Paragraph numbers as the strings put them: `¶1, 3`, `第 1、3 段`. */
  #paragraphs(numbers: number[]): string {
    return fill(this.#strings.paragraphs, { list: numbers.join(this.#lang === 'zh' ? '、' : ', ') });
  }

  /** Which language matched and why: `Chinese original ¶1: 中芯国际 = SMIC`. */
  #why(note: MatchNote): HTMLSpanElement {
    const s = this.#strings;
    const line = element('span', { class: 'result-why' });
    line.append(element('span', { class: 'result-lang' }, note.lang === 'zh' ? s.original : s.english));
    if (note.paragraphs.length > 0) line.append(` ${this.#paragraphs(note.paragraphs)}`);
    note.terms.forEach((term, i) => {
      line.append(i === 0 ? (this.#lang === 'zh' ? '：' : ': ') : '; ');
      line.append(element('span', { lang: LANG_TAG[note.lang] }, term.matched), ' = ', term.typed);
    });
    return line;
  }

  #option(hit: SearchHit, index: number): HTMLAnchorElement {
    const s = this.#strings;
    const option = element('a', { role: 'option', id: `${this.#list.id}-${index}`, href: hit.href, tabindex: '-1', 'aria-selected': 'false', class: 'search-result' });
    option.dataset.index = String(index);
    option.dataset.content = hit.content;
    option.dataset.section = hit.listing?.path ?? `${hit.plan}/${hit.section}`;
    const shownLang: SiteLang = hit.content === 'original' || (hit.content === 'listing' && hit.titleLang === 'zh') ? 'zh' : 'en';
    option.append(element('span', { class: 'result-title', lang: LANG_TAG[hit.titleLang] }, hit.title));
    const meta = element('span', { class: 'result-meta' });
    if (hit.listing) {
      meta.append(element('span', { class: 'result-lang' }, s.listing), ` · ${hit.listing.title}`);
    } else {
      const shown = hit.matches.find((m) => m.lang === shownLang);
      const paragraph = shown && shown.paragraphs.length > 0 ? ` · ${this.#paragraphs(shown.paragraphs)}` : '';
      meta.append(element('span', { class: 'result-lang' }, shownLang === 'zh' ? s.original : s.english), ` · ${fill(s.yearOption, { year: hit.plan })}${paragraph}`);
    }
    option.append(meta);
    if (hit.excerpt.length > 0) {
      const excerpt = element('span', { class: 'result-excerpt', lang: LANG_TAG[shownLang] });
      excerpt.append(
        ...hit.excerpt.map((part) => {
          const lang = part.lang ? { lang: LANG_TAG[part.lang] } : {};
          return part.marked ? element('mark', lang, part.text) : part.lang ? element('span', lang, part.text) : document.createTextNode(part.text);
        }),
      );
      option.append(excerpt);
    }
    // The shown language's own match says nothing new unless it matched through a named entry.
    for (const note of hit.matches) if (note.lang !== shownLang || note.terms.length > 0) option.append(this.#why(note));
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
