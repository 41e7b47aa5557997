// The filter bar of the network and the map: a date range and the four QuadClasses.  Any change
// calls `onChange` with the current values, so the view reloads from the API.
import { el, clear } from "./dom.js";
import { QUAD } from "./palette.js";

export function buildFilters(form, { prefix, summary, extra = [], onChange }) {
  clear(form);
  // Empty dates mean "no limit", which keeps undated events in; the store's range bounds the pickers.
  const range = { min: summary.first_day || null, max: summary.last_day || null };
  const start = el("input", { type: "date", id: `${prefix}-start`, name: "start", ...range, "aria-label": "From (empty: no limit)" });
  const end = el("input", { type: "date", id: `${prefix}-end`, name: "end", ...range, "aria-label": "To (empty: no limit)" });
  const boxes = Object.entries(QUAD).map(([key, q]) =>
    el("label", { class: "quad-filter" },
      el("input", { type: "checkbox", name: "quad_class", value: key, checked: true, id: `${prefix}-quad-${key}`, "data-quad": key }),
      el("span", { class: "swatch", style: `background:${q.colour}`, "aria-hidden": "true" }), q.label));
  form.append(
    el("label", {}, "From ", start),
    el("label", {}, "To ", end),
    el("fieldset", { class: "quads" }, el("legend", {}, "QuadClass"), boxes),
    ...extra,
  );
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("change", () => onChange(readFilters(form)));
  return () => readFilters(form);
}

export function readFilters(form) {
  const data = new FormData(form);
  const values = {};
  for (const [key, value] of data.entries()) {
    if (key === "quad_class") (values.quad_class ||= []).push(Number(value));
    else values[key] = value;
  }
  values.quad_class ||= [];
  return values;
}

// With every class ticked no filter is sent; with none ticked nothing can match, and the view
// says so instead of asking the API.
export function quadParam(values) {
  return values.quad_class.length === 4 ? undefined : values.quad_class;
}
