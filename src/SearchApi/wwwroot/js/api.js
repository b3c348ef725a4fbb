// Talking to the archive's API: JSON in, Danish messages out for everything that can go wrong.

import { describeProblem } from './problem-messages.js';

/**
 * A request that failed; kind is network, query (the 400 for a bad query or parameter), not-found or server;
 * fields names the parameters a 400 found wrong; note is the archive's English explanation when the page has no
 * Danish one.
 */
export class ApiError extends Error {
  constructor(kind, message, status = 0, fields = [], note = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.fields = fields;
    this.note = note;
  }
}

/** Fetches JSON; an aborted request rejects with the browser's AbortError, which callers ignore. */
export async function getJson(url, { signal } = {}) {
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError('network', 'Arkivet svarer ikke. Tjek din forbindelse, og prøv igen.');
  }

  if (response.ok) return response.json();

  let problem = null;
  try {
    problem = await response.json();
  } catch {
    // Not problem+json (a proxy's error page): the status alone must do.
  }
  const detail = problemDetail(problem);
  if (response.status === 400) {
    const fields = problem?.errors && typeof problem.errors === 'object' ? Object.keys(problem.errors) : [];
    const { text, note } = describeProblem(problem, detail);
    throw new ApiError('query', text, 400, fields, note);
  }
  if (response.status === 404) {
    throw new ApiError('not-found', detail ?? 'Findes ikke i arkivet.', 404);
  }
  const reason = detail ? ` ${detail}` : '';
  throw new ApiError('server', `Arkivet kunne ikke svare lige nu (fejl ${response.status}).${reason}`, response.status);
}

/** The problem's own explanation: its detail, or the messages per parameter of a validation problem. */
function problemDetail(problem) {
  if (!problem || typeof problem !== 'object') return null;
  if (typeof problem.detail === 'string' && problem.detail.trim()) return problem.detail;
  if (problem.errors && typeof problem.errors === 'object') {
    const messages = Object.values(problem.errors).flat().filter(m => typeof m === 'string');
    if (messages.length) return messages.join(' ');
  }
  return typeof problem.title === 'string' ? problem.title : null;
}

/**
 * Tells the reader that a request is under way: nothing for quick answers, the busy text after 300 ms,
 * and a note after 5 s that the archive is still working. Starting again cancels the previous timers.
 */
export class Progress {
  constructor(element, busyText, slowText) {
    this.element = element;
    this.busyText = busyText;
    this.slowText = slowText;
    this.timers = [];
  }

  start() {
    this.clearTimers();
    this.timers.push(setTimeout(() => this.show(this.busyText, false), 300));
    this.timers.push(setTimeout(() => this.show(this.slowText, true), 5000));
  }

  stop() {
    this.clearTimers();
    this.element.replaceChildren();
    this.element.classList.remove('slow');
  }

  show(text, slow) {
    this.element.textContent = text;
    this.element.classList.toggle('slow', slow);
  }

  clearTimers() {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  }
}
