// Building the page from data. Text from the archive is only ever set as text; the one exception is the
// server's marked HTML, which goes through markedHtml() and keeps nothing but text and <mark>.

/** Creates an element; attributes go through setAttribute, children are nodes or plain text. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    if (name === 'text') element.textContent = value;
    else if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/**
 * The server's escaped HTML with matches in <mark> as DOM nodes. It is parsed inside a <template>, where
 * nothing runs or loads, and only text and <mark> are carried over: anything else becomes its text.
 */
export function markedHtml(html) {
  const template = document.createElement('template');
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) to.append(node.textContent);
      else if (node.nodeName === 'MARK') copy(node, to.appendChild(document.createElement('mark')));
      else if (node.nodeType === Node.ELEMENT_NODE) to.append(node.textContent);
    }
  };
  copy(template.content, fragment);
  return fragment;
}

export function clear(element) {
  element.replaceChildren();
  return element;
}
