// The original PDF page beside the text: drawn by pdf.js, which the archive serves itself from /vendor/pdfjs
// (copied there by the build from src/SearchApi/node_modules). Without those files the page keeps the text alone.

const viewerBase = '/vendor/pdfjs/';
let library = null;

/** Thrown when the viewer's files are not served: the archive was built without `npm ci` in src/SearchApi. */
export class ViewerMissing extends Error {}

/** pdf.js, loaded once, its parser in a worker from the archive; never eval (the page's script policy forbids it). */
function loadLibrary() {
  library ??= import(`${viewerBase}pdf.min.mjs`)
    .then(pdfjs => {
      pdfjs.GlobalWorkerOptions.workerSrc = `${viewerBase}pdf.worker.min.mjs`;
      return pdfjs;
    })
    .catch(() => {
      library = null;
      throw new ViewerMissing('PDF-fremviseren findes ikke på serveren.');
    });
  return library;
}

/** The query's matched words as a pattern over whole words, or null without any. */
function wordPattern(words) {
  const escaped = [...new Set(words.map(word => word.trim().toLowerCase()).filter(Boolean))]
    .sort((a, b) => b.length - a.length)
    .map(word => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
}

/** Wraps the matched words of one text-layer piece in <mark>; returns how many it marked. */
function markWords(piece, pattern) {
  const text = piece.textContent;
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    parts.push(text.slice(last, match.index));
    const mark = document.createElement('mark');
    mark.className = 'pdf-match';
    mark.textContent = match[0];
    parts.push(mark);
    last = match.index + match[0].length;
  }
  if (!parts.length) return 0;
  parts.push(text.slice(last));
  piece.replaceChildren(...parts);
  return parts.filter(part => part instanceof Node).length;
}

/** One PDF document shown a page at a time in <container>, with the query's words marked on the page. */
export class PdfPageView {
  #container;
  #url = null;
  #document = null;
  #rendering = Promise.resolve();

  constructor(container) {
    this.#container = container;
  }

  get pageCount() {
    return this.#document?.numPages ?? 0;
  }

  /** Draws page <page> of the PDF at <url>, as wide as the container, and marks <words> on it. */
  show(url, page, words) {
    this.#rendering = this.#rendering.catch(() => {}).then(() => this.#render(url, page, words));
    return this.#rendering;
  }

  async #render(url, page, words) {
    const pdfjs = await loadLibrary();
    if (this.#url !== url) {
      await this.#document?.destroy();
      this.#document = await pdfjs.getDocument({ url, isEvalSupported: false, enableXfa: false }).promise;
      this.#url = url;
    }
    const number = Math.min(Math.max(1, page), this.#document.numPages);
    const pdfPage = await this.#document.getPage(number);
    const width = this.#container.clientWidth || 800;
    const viewport = pdfPage.getViewport({ scale: width / pdfPage.getViewport({ scale: 1 }).width });

    const canvas = document.createElement('canvas');
    const pixels = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * pixels);
    canvas.height = Math.floor(viewport.height * pixels);
    canvas.style.width = `${Math.floor(viewport.width)}px`;
    canvas.style.height = `${Math.floor(viewport.height)}px`;
    canvas.setAttribute('aria-hidden', 'true');
    await pdfPage.render({
      canvasContext: canvas.getContext('2d'),
      viewport,
      transform: pixels === 1 ? null : [pixels, 0, 0, pixels, 0, 0],
    }).promise;

    // The text layer lies over the drawing, invisible but selectable, so matches can be marked where they stand.
    const textLayer = document.createElement('div');
    textLayer.className = 'textLayer';
    const drawn = document.createElement('div');
    drawn.className = 'pdf-page';
    drawn.dataset.page = String(number);
    drawn.style.setProperty('--scale-factor', String(viewport.scale));
    drawn.append(canvas, textLayer);
    this.#container.replaceChildren(drawn);
    const layer = new pdfjs.TextLayer({ textContentSource: pdfPage.streamTextContent(), container: textLayer, viewport });
    await layer.render();
    const pattern = wordPattern(words);
    let marked = 0;
    if (pattern) for (const piece of layer.textDivs) marked += markWords(piece, pattern);
    return { page: number, pageCount: this.#document.numPages, marked };
  }
}
