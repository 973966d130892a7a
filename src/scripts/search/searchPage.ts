/**
 * The search page (/tim-kiem/): reads the search from the URL, runs it on Pagefind, shows the
 * results, keeps the URL in step (shareable links, back button) and handles the keyboard.
 *
 * Pagefind returns index pages (a plan's records each, see src/lib/search/indexPages.ts). It is
 * asked first for the pages where the query's rarest words stand side by side, then, when those
 * run out, for the pages holding its rarest words anywhere (src/lib/search/queryPlan.ts). A query
 * whose words the index all leaves out, or a search with filters only, is read in the site's order
 * instead, without Pagefind (`readInOrder`). The pages' record sheets (or the parts of them that
 * matter) are fetched a few at a time, and their records filtered and ranked one by one
 * (src/lib/search/hits.ts) until a screenful of results is found.
 */
import { groupCountPhrase } from '../../lib/search/groupCount.ts';
import { FILTER_KEYS, FILTER_LABEL, MULTI_VALUE_KEYS, type FilterKey } from '../../lib/search/filterKeys.ts';
import { foldDiacritics } from '../../lib/text/vietnamese.ts';
import { foldWord, hasDiacritics, words } from '../../lib/search/fold.ts';
import { isIndexedWord, needsPagefind, planQuery, type CommonWords, type QueryPlan } from '../../lib/search/queryPlan.ts';
import { SHEET_ORDER_SIZE, SHEET_PART_SIZE, type StoredSheet } from '../../lib/search/indexFormat.ts';
import { filterValues, passesFilter } from '../../lib/search/filterBitmaps.ts';
import { hasBit } from '../../lib/search/pageBitmap.ts';
import { partsHolding, slicePagesToRead } from '../../lib/search/orderSlice.ts';
import { hitsOfPage, orderHits, type Hit } from '../../lib/search/hits.ts';
import { parseQuery, type ParsedQuery } from '../../lib/search/query.ts';
import { nextBatchSize } from '../../lib/search/sheetBatch.ts';
import {
  activeFilterKeys,
  isEmptyState,
  pagefindFilters,
  sameState,
  stateFromParams,
  stateToUrl,
  withoutFilter,
  type SearchState,
} from '../../lib/search/urlState.ts';
import { loadCommonWords, loadFilterPages, loadPagefind, loadSheet, loadSheetOrder, loadSheetParts, loadWordMasks } from './pagefind.ts';
import { renderHit } from './renderHit.ts';
import { installSlashKey } from './slashKey.ts';

/**
 * A round stops ("Xem thêm" adds more) once it has `WANT` results from at least `WANT_PLANS` plans
 * (when that many match): a few phone screens, and the plans that promised it, not one plan's list.
 * Every record sheet read costs 4–9 kB, so this, more than anything, sets what a search downloads.
 */
const WANT = 20;
const WANT_PLANS = 5;
/** Record sheets fetched at once: a few at first, then as many as the yield so far says are needed. */
const BATCHES = { first: 4, max: 8 };
/**
 * Index pages looked at per round at most, so a rare match never fetches the whole index; a round
 * that reaches it shows what it found, and "Xem thêm" looks further.
 */
const MAX_PAGES_PER_ROUND = 40;
/** Results shown per plan before its "Xem thêm" button. */
const GROUP_SHOWN = 5;
/** Typing pause before searching, in ms. */
const DEBOUNCE = 250;

type HistoryMode = 'push' | 'replace' | 'none';

/** An index page to read: a key that tells it apart, and how to fetch its records (all, or the parts that matter). */
interface PageToRead {
  key: string;
  load: () => Promise<StoredSheet>;
}

/** How a search is looked up (see `planQuery`). */
function planSearch(state: SearchState, common: CommonWords | null, phrase: boolean): QueryPlan {
  return planQuery(state.q, common, { phrase, filtered: activeFilterKeys(state.filters).length > 0 });
}

class SearchPage {
  private readonly form: HTMLFormElement;
  private readonly input: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly heading: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly more: HTMLButtonElement;
  private readonly baseTitle = document.title;

  /** Increases with every search; async steps of an older search stop when they see it changed. */
  private run = 0;
  private state: SearchState = { q: '', filters: {} };
  private query: ParsedQuery = parseQuery('', []);
  /** Searches not yet run, in order (see planQuery): pairs of words then words, or the site's order a slice at a time. */
  private sources: (() => Promise<PageToRead[]>)[] = [];
  /** Index pages found so far, best first, each once. */
  private pages: PageToRead[] = [];
  private seen = new Set<string>();
  private nextPage = 0;
  private shown = 0;
  private partial: Hit[] = [];
  private typingTimer: number | undefined;
  /** Agency names that a query must find side by side, from the page (see agencyPhrases.ts). */
  private readonly phrases: string[];
  /** The results of each plan, in the order plans first appear. */
  private groups = new Map<string, ResultGroup>();
  private readonly groupIndex: HTMLElement;

  constructor(root: HTMLElement) {
    const $ = <T extends HTMLElement>(selector: string): T => {
      const found = root.querySelector<T>(selector);
      if (!found) throw new Error(`Trang tìm kiếm thiếu ${selector}`);
      return found;
    };
    this.form = $<HTMLFormElement>('form[data-search-form]');
    this.input = $<HTMLInputElement>('[data-search-input]');
    this.status = $('[data-search-status]');
    this.notice = $('[data-search-notice]');
    this.heading = $('[data-search-heading]');
    this.list = $<HTMLOListElement>('[data-search-results]');
    this.more = $<HTMLButtonElement>('[data-search-more]');
    this.groupIndex = $('[data-search-groups]');
    this.phrases = JSON.parse(root.querySelector('script[data-agency-phrases]')?.textContent ?? '[]') as string[];
  }

  start(): void {
    installSlashKey();
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      window.clearTimeout(this.typingTimer);
      void this.search(this.readForm(), 'push');
    });
    this.input.addEventListener('input', () => {
      window.clearTimeout(this.typingTimer);
      this.typingTimer = window.setTimeout(() => void this.search(this.readForm(), 'replace'), DEBOUNCE);
      void this.warmEngine();
    });
    this.input.addEventListener('focus', () => void loadCommonWords(), { once: true });
    this.form.addEventListener('change', (event) => {
      if (event.target === this.input) return;
      window.clearTimeout(this.typingTimer);
      void this.search(this.readForm(), 'push');
    });
    this.more.addEventListener('click', () => void this.showMore(true));
    this.input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && this.links().length > 0) {
        event.preventDefault();
        this.links()[0]!.focus();
      }
    });
    this.list.addEventListener('keydown', (event) => this.moveThroughResults(event));
    window.addEventListener('popstate', () => {
      const state = stateFromParams(new URLSearchParams(location.search));
      this.writeForm(state);
      void this.search(state, 'none');
    });

    const initial = stateFromParams(new URLSearchParams(location.search));
    this.writeForm(initial);
    const filters = this.form.querySelector<HTMLDetailsElement>('[data-search-filters]');
    if (filters && activeFilterKeys(initial.filters).length === 0 && window.matchMedia('(max-width: 48em)').matches) filters.open = false;
    void this.search(initial, 'none');
  }

  /** The search the form asks for. */
  private readForm(): SearchState {
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(this.form)) if (typeof value === 'string') params.append(key, value);
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]:checked')) {
      params.append(box.dataset['filter']!, box.value);
    }
    return stateFromParams(params);
  }

  /** Sets the form's fields to a state (after a back/forward or on arrival). */
  private writeForm(state: SearchState): void {
    this.input.value = state.q;
    for (const key of FILTER_KEYS) {
      const values = state.filters[key] ?? [];
      const fields = this.form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${key}"], [data-filter="${key}"]`);
      for (const field of fields) {
        if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = values.includes(field.value);
        else if (field instanceof HTMLSelectElement) field.value = values[0] ?? '';
      }
    }
  }

  private async search(state: SearchState, history: HistoryMode): Promise<void> {
    const run = ++this.run;
    this.remember(state, history);
    this.state = state;
    this.query = parseQuery(state.q, this.phrases);
    this.sources = [];
    this.pages = [];
    this.seen = new Set();
    this.nextPage = 0;
    this.shown = 0;
    this.partial = [];
    this.groups = new Map();
    this.groupIndex.replaceChildren();
    this.list.replaceChildren();
    this.notice.replaceChildren();
    this.more.hidden = true;
    this.heading.hidden = true;

    if (isEmptyState(state)) {
      this.setStatus('');
      this.showTips();
      return;
    }
    this.list.setAttribute('aria-busy', 'true');
    try {
      const common = await loadCommonWords();
      const plan = planSearch(state, common, this.query.phrase);
      if (plan.terms.length === 0 && !plan.thenInOrder && activeFilterKeys(state.filters).length === 0) {
        this.setStatus('');
        this.showTips();
        return;
      }
      if (needsPagefind(plan)) {
        const pagefind = await loadPagefind();
        if (run !== this.run) return;
        const filters = pagefindFilters(state.filters);
        for (const term of plan.terms.length === 0 ? [null] : plan.terms) {
          this.sources.push(async () => (await pagefind.search(term, { filters })).results.map((r) => ({ key: r.id, load: () => loadSheet(r.id) })));
        }
      }
      if (plan.thenInOrder) {
        if (!(await this.readInOrder(state, common!, run))) return;
        if (state.q.trim() !== '') {
          this.notice.replaceChildren(
            paragraph(
              'Các từ này có trong hầu hết các kế hoạch, nên kết quả được lấy lần lượt: xã, phường trước, rồi từ kế hoạch ban hành gần đây nhất trở về trước.',
            ),
          );
        }
      }
      await this.showMore(false);
    } catch (error) {
      if (run !== this.run) return;
      console.error(error);
      this.setStatus('Không tải được dữ liệu tìm kiếm. Hãy kiểm tra kết nối mạng và thử lại.');
    } finally {
      if (run === this.run) this.list.removeAttribute('aria-busy');
    }
  }

  /**
   * Queues the site's order, a slice at a time, as sources: in each slice, the pages the filters
   * allow where one record holds every word (the index leaves them all out), and of those pages only
   * the parts holding such records; with no word, whole sheets, named by the slice's order file.
   * A slice with nothing to read costs its word masks only. False when a newer search began.
   */
  private async readInOrder(state: SearchState, common: CommonWords, run: number): Promise<boolean> {
    const leftOut = [...new Set(words(state.q).map(foldWord))].filter((w) => !isIndexedWord(w, common));
    const filter = pagefindFilters(state.filters);
    const valueKeys = filterValues(filter);
    const bitmaps = new Map(await Promise.all(valueKeys.map(async (k) => [k, await loadFilterPages(k)] as const)));
    if (run !== this.run) return false;
    const passes = (position: number): boolean => passesFilter(filter, (k) => hasBit(bitmaps.get(k)!, position));
    for (let n = 0; n < common.orderFiles!; n++) {
      this.sources.push(async () => {
        const masks = await Promise.all(leftOut.map((w) => loadWordMasks(w, n)));
        const read = slicePagesToRead(n, SHEET_ORDER_SIZE, masks, passes);
        if (read.length === 0) return [];
        // With words, only the parts holding a record that holds them all; without, whole sheets.
        if (leftOut.length > 0) {
          return read.map(({ index, records }) => {
            const position = n * SHEET_ORDER_SIZE + index;
            return { key: `@${position}`, load: () => loadSheetParts(position, partsHolding(records!, SHEET_PART_SIZE)) };
          });
        }
        const ids = await loadSheetOrder(n);
        return read.flatMap(({ index }) => (ids[index] ? [{ key: ids[index], load: () => loadSheet(ids[index]!) }] : []));
      });
    }
    return true;
  }

  /**
   * While the visitor types, starts loading Pagefind once the words typed so far (the last one may
   * be unfinished, so it is left out) show that the search will need it.
   */
  private async warmEngine(): Promise<void> {
    const text = this.input.value;
    const finished = text.slice(0, Math.max(0, text.search(/\S*$/)));
    if (finished.trim() === '') return;
    const common = await loadCommonWords();
    if (needsPagefind(planSearch({ ...this.readForm(), q: finished }, common, false))) void loadPagefind().catch(() => undefined);
  }

  /** Fetches index pages until another screenful of results is found, and shows it. */
  private async showMore(focusFirstNew: boolean): Promise<void> {
    const run = this.run;
    const found: Hit[] = [];
    let looked = 0;
    this.more.disabled = true;
    const plans = new Set<string>();
    const goals = () => [
      { have: found.length, want: WANT },
      { have: plans.size, want: WANT_PLANS },
    ];
    while (goals().some((g) => g.have < g.want) && looked < MAX_PAGES_PER_ROUND) {
      while (this.nextPage >= this.pages.length && this.sources.length > 0) {
        const more = await this.sources.shift()!();
        if (run !== this.run) return;
        for (const page of more) {
          if (this.seen.has(page.key)) continue;
          this.seen.add(page.key);
          this.pages.push(page);
        }
      }
      if (this.nextPage >= this.pages.length) break;
      const from = this.nextPage;
      const batch = this.pages.slice(from, from + nextBatchSize(looked, goals(), BATCHES));
      this.nextPage += batch.length;
      looked += batch.length;
      const sheets = await Promise.all(batch.map((page) => page.load()));
      if (run !== this.run) return;
      const hits = sheets.flatMap((sheet, i) => hitsOfPage(sheet, from + i, this.query, this.state.filters));
      for (const hit of hits.filter((h) => h.full)) {
        found.push(hit);
        plans.add(hit.plan.id);
      }
      this.partial.push(...hits.filter((h) => !h.full));
    }
    // Ranked across the whole round, so a better hit on a later index page still comes first.
    found.splice(0, found.length, ...orderHits(this.query, found));
    this.more.disabled = false;
    const exhausted = this.nextPage >= this.pages.length && this.sources.length === 0;

    if (this.shown === 0 && found.length === 0 && exhausted && this.partial.length > 0) {
      // Nothing holds every word: offer the records that hold most of them, said plainly.
      const near = orderHits(this.query, this.partial).slice(0, WANT);
      this.notice.replaceChildren(paragraph('Không có kết quả chứa đủ mọi từ đã gõ. Dưới đây là các kết quả chứa một phần các từ đó.'));
      this.append(near, false);
      this.more.hidden = true;
      this.announce(near.length, true, false);
      return;
    }
    this.append(found, focusFirstNew);
    this.more.hidden = exhausted;
    if (this.shown === 0) this.showNoResults(exhausted);
    else this.announce(this.shown, exhausted, true);
  }

  /**
   * Adds hits under their plan's group (a plan met for the first time opens a new group, after the
   * others): a broad query shows each matching plan with its best results, not one plan's first ten.
   */
  private append(hits: readonly Hit[], focusFirstNew: boolean): void {
    if (hits.length === 0) return;
    const items: HTMLLIElement[] = [];
    for (const hit of hits) {
      const group = this.groupOf(hit);
      const item = renderHit(hit, this.query);
      group.count += 1;
      if (group.count > GROUP_SHOWN && !group.expanded) item.hidden = true;
      group.list.append(item);
      items.push(item);
      group.update();
    }
    this.shown += hits.length;
    this.heading.hidden = false;
    this.renderGroupIndex();
    if (focusFirstNew)
      items
        .find((i) => !i.hidden)
        ?.querySelector('a')
        ?.focus();
  }

  private groupOf(hit: Hit): ResultGroup {
    const found = this.groups.get(hit.plan.id);
    if (found) return found;
    const group = new ResultGroup(hit, this.groups.size);
    this.groups.set(hit.plan.id, group);
    this.list.append(group.root);
    return group;
  }

  /** "Kết quả trong 4 kế hoạch": a link to each plan's group with its count. */
  private renderGroupIndex(): void {
    if (this.groups.size < 2) {
      this.groupIndex.replaceChildren();
      return;
    }
    const list = document.createElement('ul');
    for (const g of this.groups.values()) list.append(item(link(`#${g.root.id}`, `${g.name} (${g.count})`)));
    this.groupIndex.replaceChildren(paragraph(`Kết quả trong ${groupCountPhrase(this.groups.keys())}:`), list);
  }

  private links(): HTMLAnchorElement[] {
    return [...this.list.querySelectorAll<HTMLAnchorElement>('a.search-hit-link')].filter((a) => !a.closest('[hidden]'));
  }

  /** Arrow keys move between result links; Home and End go to the first and last; Enter follows the link. */
  private moveThroughResults(event: KeyboardEvent): void {
    const links = this.links();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    let to: number | null = null;
    if (event.key === 'ArrowDown') to = Math.min(at + 1, links.length - 1);
    else if (event.key === 'ArrowUp') to = at - 1;
    else if (event.key === 'Home') to = 0;
    else if (event.key === 'End') to = links.length - 1;
    if (to === null) return;
    event.preventDefault();
    if (to < 0) this.input.focus();
    else links[to]!.focus();
  }

  private remember(state: SearchState, mode: HistoryMode): void {
    const current = stateFromParams(new URLSearchParams(location.search));
    const target = stateToUrl(location.pathname, state);
    if (mode === 'push' && !sameState(current, state)) history.pushState(null, '', target);
    else if (mode !== 'none' && !sameState(current, state)) history.replaceState(null, '', target);
    document.title = state.q === '' ? this.baseTitle : `“${state.q}” – ${this.baseTitle}`;
  }

  private setStatus(text: string): void {
    this.status.textContent = text;
  }

  /** "Tìm thấy 12 kết quả trong 2 kế hoạch cho “so y te”, lọc theo Tỉnh, thành phố: Tỉnh Bắc Kạn (cũ)." */
  private announce(count: number, complete: boolean, full: boolean): void {
    const groups = groupCountPhrase(this.groups.keys());
    const what = `${count} kết quả${complete ? '' : ' đầu tiên'}${groups !== '' ? ` trong ${groups}` : ''}`;
    const q = this.state.q === '' ? '' : ` cho “${this.state.q}”`;
    const filters = this.filterPhrases();
    const by = filters.length === 0 ? '' : `, lọc theo ${filters.join('; ')}`;
    const tail = complete ? '' : ' Chọn “Xem thêm kết quả” để xem tiếp.';
    this.setStatus(`${full ? 'Tìm thấy' : 'Gần đúng:'} ${what}${q}${by}.${tail}`);
  }

  /** "Tỉnh, thành phố: Tỉnh Bắc Kạn (cũ)" for each active filter, with the labels the form shows. */
  private filterPhrases(): string[] {
    return activeFilterKeys(this.state.filters).map((key) => `${FILTER_LABEL[key]}: ${this.valueLabels(key).join(', ')}`);
  }

  private valueLabels(key: FilterKey): string[] {
    return (this.state.filters[key] ?? []).map((value) => {
      const selector = MULTI_VALUE_KEYS.includes(key) ? `input[data-filter="${key}"][value="${value}"]` : `select[name="${key}"] option[value="${value}"]`;
      const field = this.form.querySelector(selector);
      const label = field instanceof HTMLInputElement ? field.labels?.[0]?.textContent : field?.textContent;
      return label?.trim() || value;
    });
  }

  /** No results: say so, and offer ways out (drop a filter, type without diacritics, fewer words). */
  private showNoResults(exhausted: boolean): void {
    const q = this.state.q;
    this.setStatus(
      exhausted
        ? `Không tìm thấy kết quả nào${q === '' ? '' : ` cho “${q}”`}${this.filterPhrases().length > 0 ? ' với các bộ lọc đã chọn' : ''}.`
        : 'Chưa thấy kết quả phù hợp trong phần dữ liệu đã xem.',
    );
    const tips = document.createElement('ul');
    for (const key of activeFilterKeys(this.state.filters)) {
      tips.append(
        item(link(stateToUrl(location.pathname, withoutFilter(this.state, key)), `Bỏ lọc ${FILTER_LABEL[key]} (${this.valueLabels(key).join(', ')})`)),
      );
    }
    if (hasDiacritics(q)) {
      const plain = foldDiacritics(q);
      const li = document.createElement('li');
      li.append('Thử gõ không dấu: ', link(stateToUrl(location.pathname, { ...this.state, q: plain }), plain));
      tips.append(li);
    }
    if (this.query.terms.length > 1) tips.append(item(document.createTextNode('Dùng ít từ hơn, hoặc kiểm tra chính tả.')));
    if (!exhausted) tips.append(item(document.createTextNode('Chọn “Xem thêm kết quả” để tìm tiếp trong phần dữ liệu còn lại.')));
    tips.append(
      item(
        document.createTextNode('Tra theo '),
        link('/tinh/', 'tỉnh, thành phố'),
        document.createTextNode(' hoặc '),
        link('/co-quan/', 'cơ quan'),
        document.createTextNode('.'),
      ),
    );
    this.notice.replaceChildren(paragraph('Gợi ý:'), tips);
    this.more.hidden = exhausted;
  }

  /** Before any search: what can be typed, with example searches. */
  private showTips(): void {
    const examples = ['căn cước công dân', 'so y te', 'VNeID 2025', 'kết nối cơ sở dữ liệu thuế'];
    const list = document.createElement('ul');
    for (const q of examples) list.append(item(link(stateToUrl(location.pathname, { q, filters: {} }), q)));
    this.notice.replaceChildren(
      paragraph('Gõ từ khóa (có dấu hoặc không dấu), hoặc chỉ chọn bộ lọc để xem mọi nhiệm vụ, chỉ tiêu của một địa phương, một cơ quan, một năm. Ví dụ:'),
      list,
    );
  }
}

/** One plan's results: a heading naming the plan and where, its hits, and a button for the rest. */
class ResultGroup {
  readonly root: HTMLLIElement;
  readonly list: HTMLOListElement;
  readonly name: string;
  private readonly place: string;
  count = 0;
  expanded = false;
  private readonly countLine: HTMLParagraphElement;
  private readonly more: HTMLButtonElement;

  constructor(hit: Hit, index: number) {
    this.name = hit.plan.name;
    this.root = document.createElement('li');
    this.root.className = 'search-group';
    this.root.id = `kq-${index + 1}`;
    const heading = document.createElement('h3');
    heading.className = 'search-group-title';
    heading.append(link(hit.plan.url, hit.plan.name));
    this.countLine = paragraph('');
    this.countLine.className = 'search-group-place';
    this.list = document.createElement('ol');
    this.list.className = 'search-group-hits';
    this.more = document.createElement('button');
    this.more.type = 'button';
    this.more.className = 'search-group-more';
    this.more.hidden = true;
    this.more.addEventListener('click', () => {
      this.expanded = true;
      const first = this.list.querySelector<HTMLElement>(':scope > li[hidden]');
      for (const li of this.list.querySelectorAll<HTMLElement>(':scope > li[hidden]')) li.hidden = false;
      this.update();
      first?.querySelector('a')?.focus();
    });
    this.root.append(heading, this.countLine, this.list, this.more);
    this.place = hit.plan.place;
  }

  /** Rewrites the count line and the button after hits were added or shown. */
  update(): void {
    this.countLine.textContent = `${this.place} · ${this.count} kết quả`;
    const hidden = this.list.querySelectorAll(':scope > li[hidden]').length;
    this.more.hidden = hidden === 0;
    this.more.textContent = `Xem thêm ${hidden} kết quả trong kế hoạch này`;
  }
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function item(...children: Node[]): HTMLLIElement {
  const li = document.createElement('li');
  li.append(...children);
  return li;
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) new SearchPage(root).start();
