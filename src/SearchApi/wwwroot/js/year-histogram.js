// The result set's years as bars, one button per year with hits, that set the search's year range: a click picks
// one year (again: no range), a drag or a Shift+click from the last picked year picks the years between.
// The bars are one toolbar: Tab reaches it once, the arrow keys move between the years.
import { el } from './dom.js';
import { formatCount, plural } from './format.js';

// Within this many years the gaps without hits keep their place, so the bars read as a time line; a wider span
// (a stray date far from the rest) would squeeze every bar to a hairline, so then only years with hits are drawn.
const longestTimeLine = 60;

export class YearHistogram {
  /** onPick(from, to) is called with four-digit years, or with two empty strings to drop the range. */
  constructor(container, onPick) {
    this.container = container;
    this.onPick = onPick;
    this.anchor = null;
    this.drag = null;
    this.suppressClick = false;
    window.addEventListener('pointerup', event => this.endDrag(event));
    window.addEventListener('pointercancel', () => this.cancelDrag());
  }

  /** Draws the bars for a year facet ([{ value, count }]) with the years from..to (ISO dates or years) marked. */
  show(yearFacet, from, to) {
    const focusedYear = this.container.contains(document.activeElement) ? document.activeElement.dataset.year : null;
    const counts = new Map((yearFacet ?? [])
      .filter(entry => /^\d{4}$/.test(entry.value) && entry.count > 0)
      .map(entry => [Number(entry.value), entry.count]));
    if (!counts.size) {
      this.container.replaceChildren();
      this.container.hidden = true;
      return;
    }

    const years = [...counts.keys()].sort((a, b) => a - b);
    const first = years[0];
    const last = years[years.length - 1];
    const slots = last - first < longestTimeLine ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : years;
    const range = yearRange(from, to);
    this.range = range;
    const tallest = Math.max(...counts.values());

    const bars = slots.map(year => counts.has(year) ? this.bar(year, counts.get(year), tallest, range) : el('span', { class: 'year-gap', 'aria-hidden': 'true' }));
    this.bars = el('div', {
      class: range ? 'year-bars has-range' : 'year-bars', role: 'toolbar', 'aria-label': 'Udtalelser pr. år', 'aria-describedby': 'year-histogram-help',
      onclick: event => this.clicked(event),
      onkeydown: event => this.moveFocus(event),
      onpointerdown: event => this.startDrag(event),
      onpointermove: event => this.moveDrag(event),
    }, bars);
    this.container.hidden = false;
    this.container.replaceChildren(
      el('p', { class: 'year-histogram-help', id: 'year-histogram-help', text: 'Vælg et år, eller træk hen over flere.' }),
      this.bars,
      el('div', { class: 'year-axis', 'aria-hidden': 'true' },
        el('span', { text: String(first) }),
        el('span', { text: `højst ${formatCount(tallest)} pr. år` }),
        last > first ? el('span', { text: String(last) }) : null));

    const buttons = this.buttons();
    const stop = buttons.find(b => b.dataset.year === focusedYear)
      ?? buttons.find(b => b.getAttribute('aria-pressed') === 'true')
      ?? buttons[buttons.length - 1];
    stop.tabIndex = 0;
    if (focusedYear) stop.focus();
  }

  bar(year, count, tallest, range) {
    const label = `${year}: ${plural(count, 'udtalelse', 'udtalelser')}`;
    const fill = el('span', { class: 'year-bar-fill' });
    // Set through the style object: the page's content security policy refuses style attributes.
    fill.style.height = `${Math.max(count / tallest * 100, 4)}%`;
    return el('button', {
      type: 'button', class: 'year-bar', tabindex: '-1', 'data-year': year, 'aria-label': label, title: label,
      'aria-pressed': String(range !== null && year >= range.from && year <= range.to),
    }, fill);
  }

  buttons() {
    return [...(this.bars?.querySelectorAll('.year-bar') ?? [])];
  }

  clicked(event) {
    if (this.suppressClick) {
      this.suppressClick = false;
      return;
    }
    const bar = event.target.closest?.('.year-bar');
    if (!bar) return;
    const year = Number(bar.dataset.year);
    if (event.shiftKey && this.anchor !== null) {
      this.pick(this.anchor, year);
      return;
    }
    this.anchor = year;
    if (this.range && this.range.from === year && this.range.to === year) this.onPick('', '');
    else this.pick(year, year);
  }

  pick(a, b) {
    this.onPick(String(Math.min(a, b)), String(Math.max(a, b)));
  }

  moveFocus(event) {
    const buttons = this.buttons();
    const at = buttons.indexOf(document.activeElement);
    if (at < 0) return;
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, to))];
    buttons[at].tabIndex = -1;
    next.tabIndex = 0;
    next.focus();
  }

  startDrag(event) {
    this.suppressClick = false;
    const bar = event.target.closest?.('.year-bar');
    if (!bar || !event.isPrimary || event.button !== 0) return;
    const year = Number(bar.dataset.year);
    this.drag = { start: year, end: year };
  }

  // A touch keeps sending its moves to the bar it started on, so the bar under the finger is found by position.
  moveDrag(event) {
    if (!this.drag) return;
    const bar = document.elementFromPoint(event.clientX, event.clientY)?.closest?.('.year-bar');
    if (!bar || !this.bars.contains(bar)) return;
    this.drag.end = Number(bar.dataset.year);
    const low = Math.min(this.drag.start, this.drag.end);
    const high = Math.max(this.drag.start, this.drag.end);
    for (const button of this.buttons()) {
      const year = Number(button.dataset.year);
      button.classList.toggle('in-drag', year >= low && year <= high);
    }
  }

  endDrag() {
    const drag = this.drag;
    this.cancelDrag();
    if (!drag || drag.start === drag.end) return;
    // The click that follows the release belongs to the drag; one that never comes must not eat the next one.
    this.suppressClick = true;
    setTimeout(() => { this.suppressClick = false; }, 0);
    this.anchor = drag.start;
    this.pick(drag.start, drag.end);
  }

  cancelDrag() {
    this.drag = null;
    for (const button of this.buttons()) button.classList.remove('in-drag');
  }
}

/** The years a from..to range touches ("2015-06" counts as 2015); null without a range, open ends unbounded. */
function yearRange(from, to) {
  const year = text => /^\d{4}/.test(text ?? '') ? Number(text.slice(0, 4)) : null;
  const low = year(from);
  const high = year(to);
  if (low === null && high === null) return null;
  return { from: low ?? -Infinity, to: high ?? Infinity };
}
