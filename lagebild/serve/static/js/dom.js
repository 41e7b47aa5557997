// Small DOM helpers: elements are built with textContent only, never from HTML strings, because
// article texts and actor names come from the data.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// Shown in the alert banner; every view reports its failures here instead of failing silently.
export function showError(message) {
  const box = document.getElementById("error");
  box.textContent = message;
  box.hidden = false;
}

export function clearError() {
  const box = document.getElementById("error");
  box.textContent = "";
  box.hidden = true;
}

// A view that draws only the first time it is shown: `first` runs once, on the first show().
export function loadOnFirstShow(first) {
  let loaded = false;
  return {
    show() {
      if (loaded) return undefined;
      loaded = true;
      return first();
    },
  };
}
