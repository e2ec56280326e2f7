// Builds elements from data without ever parsing it as HTML, so names from the API cannot inject markup.
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") {
      node.className = value;
    } else if (key.startsWith("on")) {
      node.addEventListener(key.slice(2), value);
    } else if (key in node) {
      node[key] = value;
    } else {
      node.setAttribute(key, value);
    }
  }
  node.append(...children.flat().map(child => (child instanceof Node ? child : String(child))));
  return node;
}

// Replaces a select's options, keeping the chosen value when it still exists.
export function setOptions(select, values) {
  const chosen = select.value;
  select.replaceChildren(...values.map(value => el("option", { value }, value)));
  if (values.includes(chosen)) {
    select.value = chosen;
  }
}
