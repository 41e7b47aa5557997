// Map: where the events happened.  Natural Earth country outlines (world-atlas, 1:110m) under
// circles at the event locations, sized by event count and coloured by mean Goldstein.
import { getJSON, query } from "./api.js";
import { el, showError, clearError, loadOnFirstShow } from "./dom.js";
import { buildFilters, quadParam } from "./filters.js";
import { signed } from "./format.js";
import { goldsteinColour, QUAD, renderGoldsteinLegend } from "./palette.js";
import { attachTooltip } from "./tooltip.js";

const WIDTH = 960;
const HEIGHT = 500;
const ATLAS_URL = "vendor/world-atlas/countries-110m.json";

let atlas = null;  // the TopoJSON is fetched once per page

async function countries() {
  if (!atlas) {
    const response = await fetch(ATLAS_URL);
    if (!response.ok) throw new Error(`${ATLAS_URL}: ${response.status}`);
    const topology = await response.json();
    atlas = topojson.feature(topology, topology.objects.countries).features;
  }
  return atlas;
}

function pointTip(p) {
  const place = [p.name, p.admin1, p.country].filter(Boolean).join(", ");
  return [el("div", { class: "tip-head" }, place),
    el("dl", {}, el("dt", {}, "Events"), el("dd", { "data-field": "events" }, String(p.events)),
      ...["1", "2", "3", "4"].flatMap((q) => [el("dt", {}, QUAD[q].label), el("dd", {}, String((p.quad || {})[q] || 0))]),
      el("dt", {}, "Mean Goldstein"), el("dd", {}, signed(p.mean_goldstein)))];
}

function drawBase(svg, features, projection) {
  svg.attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`).selectAll("*").remove();
  const path = d3.geoPath(projection);
  const zoomed = svg.append("g").attr("class", "zoom-layer");
  zoomed.append("path").attr("class", "sphere").attr("d", path({ type: "Sphere" }));
  zoomed.append("path").attr("class", "graticule").attr("d", path(d3.geoGraticule10()));
  zoomed.append("g").attr("class", "countries").selectAll("path").data(features).join("path")
    .attr("class", "country")
    .attr("data-name", (f) => f.properties.name)
    .attr("data-id", (f) => f.id)
    .attr("d", path)
    .append("title").text((f) => f.properties.name);
  zoomed.append("g").attr("class", "points");
  return zoomed;
}

function drawPoints(layer, points, projection) {
  const maxEvents = d3.max(points, (p) => p.events) || 1;
  const radius = d3.scaleSqrt().domain([0, maxEvents]).range([0, 22]);
  // Large circles first, so smaller places stay on top and reachable by the mouse.
  const placed = points
    .map((p) => ({ ...p, xy: projection([p.lon, p.lat]) }))
    .filter((p) => p.xy && Number.isFinite(p.xy[0]))
    .sort((a, b) => b.events - a.events);
  layer.selectAll("circle").data(placed).join("circle")
    .attr("class", "map-point")
    .attr("data-name", (p) => p.name)
    .attr("data-country", (p) => p.country)
    .attr("data-events", (p) => p.events)
    .attr("cx", (p) => p.xy[0]).attr("cy", (p) => p.xy[1])
    .attr("r", (p) => Math.max(3, radius(p.events)))
    .attr("fill", (p) => goldsteinColour(p.mean_goldstein))
    .attr("tabindex", 0)
    .attr("aria-label", (p) => `${p.name}${p.country ? `, ${p.country}` : ""}: ${p.events} events`)
    .each(function tip(p) { attachTooltip(this, () => pointTip(p)); });
}

export function initMap(summary) {
  const view = document.getElementById("view-map");
  const svg = d3.select("#map-svg");
  const note = document.getElementById("map-note");
  const projection = d3.geoNaturalEarth1();
  let layer = null;
  let request = 0;

  async function load(values) {
    const mine = ++request;
    view.dataset.state = "loading";
    clearError();
    try {
      const params = { start: values.start, end: values.end, quad_class: quadParam(values) };
      const [features, answer] = await Promise.all([
        countries(),
        values.quad_class.length ? getJSON("map", params) : Promise.resolve({ points: [] }),
      ]);
      if (mine !== request) return;
      if (!layer) {
        projection.fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: "Sphere" });
        layer = drawBase(svg, features, projection);
        // Zooming scales the drawing; circle outlines keep their width (CSS vector-effect).
        svg.call(d3.zoom().scaleExtent([1, 12]).on("zoom", (event) => layer.attr("transform", event.transform)));
      }
      drawPoints(layer.select("g.points"), answer.points, projection);
      view.dataset.query = values.quad_class.length ? query(params) : "none";  // what is drawn
      note.textContent = `${answer.points.length} places, ${d3.sum(answer.points, (p) => p.events)} events with a location`;
      view.dataset.state = "ready";
    } catch (err) {
      if (mine !== request) return;
      view.dataset.state = "error";
      showError(err.message);
    }
  }

  const current = buildFilters(document.getElementById("map-filters"), { prefix: "map", summary, onChange: load });
  renderGoldsteinLegend(document.getElementById("map-legend"),
    [el("span", { class: "legend-note" }, "Circle area: events at the place. Scroll to zoom, drag to pan.")]);
  return loadOnFirstShow(() => load(current()));
}
