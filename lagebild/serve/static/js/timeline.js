// Dyad timeline: events of one source → target pair per day or week, stacked by QuadClass, with
// the mean Goldstein score of each period as a line on a second axis.
import { getJSON, query } from "./api.js";
import { el, clear, showError, clearError } from "./dom.js";
import { signed } from "./format.js";
import { QUAD, renderQuadLegend } from "./palette.js";
import { attachTooltip } from "./tooltip.js";

const WIDTH = 960;
const HEIGHT = 420;
const MARGIN = { top: 16, right: 56, bottom: 64, left: 56 };
const QUADS = ["1", "2", "3", "4"];

function periodTip(p) {
  return [el("div", { class: "tip-head" }, p.period),
    el("dl", {}, el("dt", {}, "Events"), el("dd", { "data-field": "events" }, String(p.total)),
      ...QUADS.flatMap((q) => [el("dt", {}, QUAD[q].label), el("dd", {}, String(p.quad[q] || 0))]),
      el("dt", {}, "Mean Goldstein"), el("dd", {}, signed(p.mean_goldstein)))];
}

const MAX_PERIODS = 4000;
const MAX_BAR_WIDTH = 48;

// The API leaves out periods without events; the axis keeps them, so that gaps in time show as
// gaps (up to MAX_PERIODS periods; beyond that only the periods with events get a slot).
export function allPeriods(points, interval) {
  if (!points.length) return [];
  const step = (interval === "week" ? 7 : 1) * 86400000;
  const first = Date.parse(`${points[0].period}T00:00:00Z`);
  const last = Date.parse(`${points[points.length - 1].period}T00:00:00Z`);
  if (!Number.isFinite(first) || !Number.isFinite(last) || (last - first) / step > MAX_PERIODS) {
    return points.map((p) => p.period);
  }
  const periods = [];
  for (let t = first; t <= last; t += step) periods.push(new Date(t).toISOString().slice(0, 10));
  return periods;
}

function draw(svg, series) {
  svg.attr("viewBox", `0 0 ${WIDTH} ${HEIGHT}`).selectAll("*").remove();
  const points = series.points;
  const innerW = WIDTH - MARGIN.left - MARGIN.right;
  const innerH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const domain = allPeriods(points, series.interval);
  const x = d3.scaleBand().domain(domain).range([0, innerW]).paddingInner(domain.length > 120 ? 0 : 0.15);
  const barWidth = Math.max(1, Math.min(MAX_BAR_WIDTH, x.bandwidth()));
  const barX = (period) => x(period) + (x.bandwidth() - barWidth) / 2;
  const y = d3.scaleLinear().domain([0, d3.max(points, (p) => p.total) || 1]).nice().range([innerH, 0]);
  const g = svg.append("g").attr("transform", `translate(${MARGIN.left},${MARGIN.top})`);
  const yG = d3.scaleLinear().domain([-10, 10]).range([innerH, 0]);

  // Around 12 labelled periods at most, whatever the number of bars.
  const every = Math.max(1, Math.ceil(domain.length / 12));
  g.append("g").attr("class", "axis axis-x").attr("transform", `translate(0,${innerH})`)
    .call(d3.axisBottom(x).tickValues(domain.filter((_, i) => i % every === 0)))
    .selectAll("text").attr("transform", "rotate(-35)").attr("text-anchor", "end");
  g.append("g").attr("class", "axis axis-y").call(d3.axisLeft(y).tickValues(y.ticks(6).filter(Number.isInteger)).tickFormat(d3.format("d")));
  g.append("g").attr("class", "axis axis-goldstein").attr("transform", `translate(${innerW},0)`).call(d3.axisRight(yG).ticks(5));
  g.append("text").attr("class", "axis-label").attr("x", innerW / 2).attr("y", innerH + 58).attr("text-anchor", "middle")
    .text(series.interval === "day" ? "Day" : "Week (starting)");
  g.append("text").attr("class", "axis-label").attr("transform", "rotate(-90)").attr("x", -innerH / 2).attr("y", -42)
    .attr("text-anchor", "middle").text("Events");
  g.append("text").attr("class", "axis-label").attr("transform", "rotate(90)").attr("x", innerH / 2).attr("y", -innerW - 44)
    .attr("text-anchor", "middle").text("Mean Goldstein");
  g.append("line").attr("class", "zero-goldstein").attr("x1", 0).attr("x2", innerW).attr("y1", yG(0)).attr("y2", yG(0));

  const bars = g.append("g").attr("class", "bars").selectAll("g").data(points).join("g")
    .attr("class", "bar")
    .attr("data-period", (p) => p.period)
    .attr("data-total", (p) => p.total)
    .attr("tabindex", 0)
    .attr("aria-label", (p) => `${p.period}: ${p.total} events, mean Goldstein ${signed(p.mean_goldstein)}`);
  bars.each(function stack(p) {
    let base = 0;
    for (const q of QUADS) {
      const n = p.quad[q] || 0;
      if (!n) continue;
      d3.select(this).append("rect").attr("class", `bar-segment quad-${q}`)
        .attr("data-quad", q).attr("data-events", n)
        .attr("x", barX(p.period)).attr("width", barWidth)
        .attr("y", y(base + n)).attr("height", y(base) - y(base + n))
        .attr("fill", QUAD[q].colour);
      base += n;
    }
    attachTooltip(this, () => periodTip(p));
  });

  const withScore = points.filter((p) => p.mean_goldstein !== null && p.mean_goldstein !== undefined);
  const cx = (p) => x(p.period) + x.bandwidth() / 2;
  g.append("path").datum(withScore).attr("class", "goldstein-line")
    .attr("d", d3.line().x(cx).y((p) => yG(p.mean_goldstein)));
  g.append("g").attr("class", "goldstein-dots").selectAll("circle").data(withScore).join("circle")
    .attr("class", "goldstein-dot").attr("data-period", (p) => p.period).attr("data-mean-goldstein", (p) => p.mean_goldstein)
    .attr("cx", cx).attr("cy", (p) => yG(p.mean_goldstein)).attr("r", 2.5);
}

export function initTimeline() {
  const view = document.getElementById("view-timeline");
  const svg = d3.select("#timeline-svg");
  const note = document.getElementById("timeline-note");
  const sourceSelect = document.getElementById("timeline-source");
  const targetSelect = document.getElementById("timeline-target");
  const both = document.getElementById("timeline-both");
  let dyads = [];
  let request = 0;

  const interval = () => document.querySelector('#timeline-controls input[name="interval"]:checked').value;

  function fillTargets() {
    const source = sourceSelect.value;
    const targets = dyads.filter((d) => d.source === source).sort((a, b) => b.events - a.events);
    clear(targetSelect).append(...targets.map((d) => el("option", { value: d.target }, `${d.target} (${d.events})`)));
  }

  async function load() {
    const mine = ++request;
    if (!sourceSelect.value || !targetSelect.value) {
      note.textContent = "No dyad with both a source and a target country in the store.";
      view.dataset.state = "ready";
      return;
    }
    view.dataset.state = "loading";
    clearError();
    try {
      const params = {
        source: sourceSelect.value, target: targetSelect.value, interval: interval(), both_directions: both.checked ? "true" : undefined,
      };
      const series = await getJSON("timeseries", params);
      if (mine !== request) return;
      draw(svg, series);
      view.dataset.query = query(params);  // what is drawn
      const arrow = both.checked ? "↔" : "→";
      note.textContent = `${series.source} ${arrow} ${series.target}: ${d3.sum(series.points, (p) => p.total)} events in ${series.points.length} ${series.interval === "day" ? "days" : "weeks"}`;
      view.dataset.state = "ready";
    } catch (err) {
      if (mine !== request) return;
      view.dataset.state = "error";
      showError(err.message);
    }
  }

  async function populate() {
    dyads = (await getJSON("dyads", { level: "country", limit: 1000 })).filter((d) => d.source && d.target);
    const bySource = d3.rollups(dyads, (v) => d3.sum(v, (d) => d.events), (d) => d.source).sort((a, b) => b[1] - a[1]);
    clear(sourceSelect).append(...bySource.map(([code, n]) => el("option", { value: code }, `${code} (${n})`)));
    fillTargets();
  }

  sourceSelect.addEventListener("change", () => { fillTargets(); load(); });
  targetSelect.addEventListener("change", load);
  both.addEventListener("change", load);
  document.getElementById("timeline-controls").addEventListener("change", (event) => { if (event.target.name === "interval") load(); });
  renderQuadLegend(document.getElementById("timeline-legend"));
  let loaded = false;
  return {
    async show() {
      if (loaded) return;
      loaded = true;
      try {
        view.dataset.state = "loading";
        await populate();
        await load();
      } catch (err) {
        view.dataset.state = "error";
        showError(err.message);
      }
    },
  };
}
