// Actor network: a force-directed graph of who acts on whom.  Nodes are countries (or actor
// codes), sized by their events; directed edges are as wide as their event count and coloured
// by the dyad's mean Goldstein score.
import { getJSON, query } from "./api.js";
import { el, showError, clearError, loadOnFirstShow } from "./dom.js";
import { buildFilters, quadParam } from "./filters.js";
import { goldsteinColour, renderGoldsteinLegend } from "./palette.js";
import { signed } from "./format.js";
import { attachTooltip } from "./tooltip.js";

const WIDTH = 960;
const HEIGHT = 640;
// The layout is computed before drawing (no animation): the drawn positions are final at once,
// which keeps the first paint fast and the screenshots stable.
const TICKS = 300;

function edgeTip(e) {
  return [el("div", { class: "tip-head" }, `${e.source.id} → ${e.target.id}`),
    el("dl", {}, el("dt", {}, "Events"), el("dd", { "data-field": "events" }, String(e.events)),
      el("dt", {}, "Mean Goldstein"), el("dd", {}, signed(e.mean_goldstein)),
      el("dt", {}, "Cooperation"), el("dd", {}, String(e.cooperation ?? "—")),
      el("dt", {}, "Conflict"), el("dd", {}, String(e.conflict ?? "—")))];
}

function nodeTip(n) {
  return [el("div", { class: "tip-head" }, n.label && n.label !== n.id ? `${n.id} — ${n.label}` : n.id),
    el("dl", {}, el("dt", {}, "Events"), el("dd", { "data-field": "events" }, String(n.events)))];
}

function layout(graph) {
  const nodes = graph.nodes.map((n) => ({ ...n }));
  const ids = new Set(nodes.map((n) => n.id));
  // An edge to a node the answer does not list would stop d3.forceLink; it is left out.
  const links = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => ({ ...e }));
  const simulation = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(90).strength(0.3))
    .force("charge", d3.forceManyBody().strength(-260))
    .force("center", d3.forceCenter(WIDTH / 2, HEIGHT / 2))
    .force("collide", d3.forceCollide().radius((d) => d.r + 4))
    .force("x", d3.forceX(WIDTH / 2).strength(0.04))
    .force("y", d3.forceY(HEIGHT / 2).strength(0.06))
    .stop();
  for (let i = 0; i < TICKS; i += 1) simulation.tick();
  for (const n of nodes) {  // keep every node inside the drawing
    n.x = Math.max(n.r + 2, Math.min(WIDTH - n.r - 2, n.x));
    n.y = Math.max(n.r + 2, Math.min(HEIGHT - n.r - 2, n.y));
  }
  return { nodes, links, simulation };
}

function draw(svg, graph) {
  const maxNode = d3.max(graph.nodes, (n) => n.events) || 1;
  const radius = d3.scaleSqrt().domain([0, maxNode]).range([4, 26]);
  graph.nodes.forEach((n) => { n.r = radius(n.events); });
  const maxEdge = d3.max(graph.edges, (e) => e.events) || 1;
  const width = d3.scaleSqrt().domain([1, maxEdge]).range([1, 10]);
  const { nodes, links, simulation } = layout(graph);

  svg.attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`).selectAll("*").remove();
  svg.append("defs").append("marker")
    .attr("id", "arrow").attr("viewBox", "0 -4 8 8").attr("refX", 8).attr("refY", 0)
    .attr("markerUnits", "userSpaceOnUse").attr("markerWidth", 9).attr("markerHeight", 9).attr("orient", "auto")
    .append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", "#555");
  const edgeLayer = svg.append("g").attr("class", "edges");
  const nodeLayer = svg.append("g").attr("class", "nodes");

  // Edges bend slightly to their right, so A → B and B → A stay two visible curves; they end at
  // the target circle's rim so the arrowhead shows.
  const edgePath = (d) => {
    const { x: x1, y: y1 } = d.source;
    const { x: x2, y: y2 } = d.target;
    const len = Math.hypot(x2 - x1, y2 - y1) || 1;
    const [ux, uy] = [(x2 - x1) / len, (y2 - y1) / len];
    const bend = Math.min(40, len * 0.15);
    const cx = (x1 + x2) / 2 - uy * bend;
    const cy = (y1 + y2) / 2 + ux * bend;
    const toEnd = Math.hypot(x2 - cx, y2 - cy) || 1;
    const fromStart = Math.hypot(cx - x1, cy - y1) || 1;
    const sx = x1 + ((cx - x1) / fromStart) * d.source.r;
    const sy = y1 + ((cy - y1) / fromStart) * d.source.r;
    const ex = x2 - ((x2 - cx) / toEnd) * (d.target.r + 2);
    const ey = y2 - ((y2 - cy) / toEnd) * (d.target.r + 2);
    return `M${sx},${sy}Q${cx},${cy} ${ex},${ey}`;
  };
  const edges = edgeLayer.selectAll("path").data(links).join("path")
    .attr("class", "edge")
    .attr("data-source", (d) => d.source.id)
    .attr("data-target", (d) => d.target.id)
    .attr("data-events", (d) => d.events)
    .attr("data-mean-goldstein", (d) => d.mean_goldstein)
    .attr("fill", "none")
    .attr("stroke", (d) => goldsteinColour(d.mean_goldstein))
    .attr("stroke-width", (d) => width(d.events))
    .attr("marker-end", "url(#arrow)")
    .attr("tabindex", 0)
    .attr("aria-label", (d) => `${d.source.id} to ${d.target.id}: ${d.events} events, mean Goldstein ${signed(d.mean_goldstein)}`);
  const place = () => {
    edges.attr("d", edgePath);
    nodeGroups.attr("transform", (d) => `translate(${d.x},${d.y})`);
  };
  const nodeGroups = nodeLayer.selectAll("g").data(nodes).join("g")
    .attr("class", "node")
    .attr("data-id", (d) => d.id)
    .attr("data-events", (d) => d.events)
    .attr("tabindex", 0)
    .attr("role", "img")
    .attr("aria-label", (d) => `${d.label || d.id}: ${d.events} events`);
  nodeGroups.append("circle").attr("r", (d) => d.r);
  nodeGroups.append("text").attr("dy", (d) => d.r + 12).attr("text-anchor", "middle").text((d) => d.id);
  place();

  edges.each(function tip(d) { attachTooltip(this, () => edgeTip(d)); });
  nodeGroups.each(function tip(d) { attachTooltip(this, () => nodeTip(d)); });
  // Dragging a node lets the layout settle again around it.
  nodeGroups.call(d3.drag()
    .on("start", (event, d) => { simulation.alphaTarget(0.2).restart(); d.fx = d.x; d.fy = d.y; })
    .on("drag", (event, d) => { d.fx = event.x; d.fy = event.y; })
    .on("end", (event, d) => { simulation.alphaTarget(0); d.fx = null; d.fy = null; }));
  simulation.on("tick", place);
}

export function initNetwork(summary) {
  const view = document.getElementById("view-network");
  const svg = d3.select("#network-svg");
  const note = document.getElementById("network-note");
  const level = el("select", { name: "level", id: "network-level", "aria-label": "Node level" },
    el("option", { value: "country" }, "countries"), el("option", { value: "actor" }, "actors"));
  const minEvents = el("input", { type: "number", name: "min_events", id: "network-min-events", min: 1, value: 1, "aria-label": "Minimum events per edge" });
  let request = 0;

  async function load(values) {
    const mine = ++request;  // a slower earlier answer must not overwrite a newer one
    view.dataset.state = "loading";
    clearError();
    try {
      if (!values.quad_class.length) {
        draw(svg, { nodes: [], edges: [] });
        view.dataset.query = "none";
        note.textContent = "No QuadClass selected.";
      } else {
        const params = {
          level: values.level, start: values.start, end: values.end, quad_class: quadParam(values), min_events: values.min_events,
        };
        const graph = await getJSON("network", params);
        if (mine !== request) return;
        draw(svg, graph);
        view.dataset.query = query(params);  // what is drawn, for tests and bug reports
        note.textContent = `${graph.nodes.length} nodes, ${graph.edges.length} edges, ${d3.sum(graph.edges, (e) => e.events)} events`;
      }
      view.dataset.state = "ready";
    } catch (err) {
      if (mine !== request) return;
      view.dataset.state = "error";
      showError(err.message);
    }
  }

  const current = buildFilters(document.getElementById("network-filters"), {
    prefix: "network", summary,
    extra: [el("label", {}, "Nodes ", level), el("label", {}, "Min. events ", minEvents)],
    onChange: load,
  });
  renderGoldsteinLegend(document.getElementById("network-legend"),
    [el("span", { class: "legend-note" }, "Edge width: events; circle area: events of the node.")]);
  return loadOnFirstShow(() => load(current()));
}
