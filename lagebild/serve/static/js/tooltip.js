// One tooltip element for the whole page, placed next to the hovered or focused element.

const box = () => document.getElementById("tooltip");

export function showTooltip(anchor, content, event = null) {
  const tip = box();
  tip.replaceChildren(...content);
  tip.hidden = false;
  const rect = anchor.getBoundingClientRect();
  // Mouse position when there is one (SVG shapes can be large), the element's corner for keyboard focus.
  const x = event && event.clientX !== undefined && event.type.startsWith("mouse") ? event.clientX : rect.left;
  const y = event && event.clientY !== undefined && event.type.startsWith("mouse") ? event.clientY : rect.bottom;
  const width = tip.offsetWidth;
  const left = Math.max(4, Math.min(x + 12, window.innerWidth - width - 8));
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${y + 12 + window.scrollY}px`;
  if (anchor.id) tip.setAttribute("data-for", anchor.id);
}

export function hideTooltip() {
  const tip = box();
  tip.hidden = true;
  tip.replaceChildren();
}

// Hover and keyboard focus both show the tooltip; Escape hides it.
export function attachTooltip(node, contentFn) {
  const show = (event) => showTooltip(node, contentFn(), event);
  node.addEventListener("mouseenter", show);
  node.addEventListener("mousemove", show);
  node.addEventListener("focus", show);
  node.addEventListener("mouseleave", hideTooltip);
  node.addEventListener("blur", hideTooltip);
  node.addEventListener("keydown", (event) => { if (event.key === "Escape") hideTooltip(); });
}
