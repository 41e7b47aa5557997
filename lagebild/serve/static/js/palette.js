// Colours and their legends, shared by the views.  Factuality uses the Okabe–Ito palette
// (distinguishable with the common colour-vision deficiencies); conflict–cooperation runs
// red → grey → green, with a grey rather than a yellow middle so thin lines stay visible on white.
import { el, clear } from "./dom.js";

export const FACTUALITY = {
  asserted: { colour: "#0072B2", label: "asserted" },
  negated: { colour: "#D55E00", label: "negated" },
  hypothetical: { colour: "#CC79A7", label: "hypothetical" },
  future: { colour: "#009E73", label: "future" },
  reported: { colour: "#E69F00", label: "reported" },
  question: { colour: "#56B4E9", label: "question" },
};

export const QUAD = {
  1: { colour: "#92c5de", label: "1 verbal cooperation" },
  2: { colour: "#2166ac", label: "2 material cooperation" },
  3: { colour: "#f4a582", label: "3 verbal conflict" },
  4: { colour: "#b2182b", label: "4 material conflict" },
};

export function goldsteinColour(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return "#8c8c8c";
  return d3.scaleLinear().domain([-10, 0, 10]).range(["#b2182b", "#8c8c8c", "#1a9850"]).clamp(true)(value);
}

function swatch(colour, cls = "swatch") {
  return el("span", { class: cls, style: `background:${colour}`, "aria-hidden": "true" });
}

export function renderFactualityLegend(container) {
  clear(container);
  container.append(
    el("span", { class: "legend-title" }, "Factuality:"),
    ...Object.entries(FACTUALITY).map(([key, f]) =>
      el("span", { class: "legend-item", "data-factuality": key }, swatch(f.colour), f.label)),
    el("span", { class: "legend-title" }, "Spans:"),
    el("span", { class: "legend-item" }, el("mark", { class: "hl hl-trigger fact-asserted sample" }, "trigger")),
    el("span", { class: "legend-item" }, el("mark", { class: "hl hl-source fact-asserted sample" }, "source")),
    el("span", { class: "legend-item" }, el("mark", { class: "hl hl-target fact-asserted sample" }, "target")),
  );
}

export function renderQuadLegend(container) {
  clear(container);
  container.append(
    el("span", { class: "legend-title" }, "QuadClass:"),
    ...Object.entries(QUAD).map(([key, q]) => el("span", { class: "legend-item", "data-quad": key }, swatch(q.colour), q.label)),
    el("span", { class: "legend-item" }, el("span", { class: "swatch line", "aria-hidden": "true" }), "mean Goldstein (right axis)"),
  );
}

export function renderGoldsteinLegend(container, extra = []) {
  clear(container);
  const stops = [-10, -5, 0, 5, 10];
  container.append(
    el("span", { class: "legend-title" }, "Mean Goldstein:"),
    ...stops.map((v) => el("span", { class: "legend-item" }, swatch(goldsteinColour(v)), v > 0 ? `+${v}` : String(v))),
    el("span", { class: "legend-note" }, "(−10 conflict … +10 cooperation)"),
    ...extra,
  );
}
