// Article view: a stored document or a pasted text, with its coded events highlighted in the
// text and listed in a table below it.
import { getJSON, postJSON } from "./api.js";
import { el, clear, showError, clearError } from "./dom.js";
import { actorCode, actorLabel, cameoLabel, placeLabel, ploverLabel, signed } from "./format.js";
import { renderFactualityLegend } from "./palette.js";
import { eventSpans, primarySpan, segmentText } from "./segments.js";
import { attachTooltip } from "./tooltip.js";

const DOCUMENT_LIST_LIMIT = 500;

function eventDetails(event, index, roles) {
  const rows = [
    ["CAMEO", cameoLabel(event)],
    ["PLOVER", ploverLabel(event.plover)],
    ["QuadClass", String(event.quad_class)],
    ["Goldstein", signed(event.goldstein)],
    ["Factuality", event.factuality + (event.cue ? ` (cue “${event.cue.text}”)` : "")],
  ];
  if (event.speaker) rows.push(["Speaker", actorLabel(event.speaker)]);
  rows.push(["Source", actorLabel(event.source)], ["Target", actorLabel(event.target)]);
  if (event.location && event.location.name) rows.push(["Location", placeLabel(event.location)]);
  rows.push(["Pattern", event.pattern]);
  return el("div", { class: "tip-event", "data-event-index": index },
    el("div", { class: "tip-head" }, `Event ${index + 1}: “${event.trigger.text}”`, roles.length ? ` — ${roles.join(", ")}` : ""),
    el("dl", {}, rows.flatMap(([k, v]) => [el("dt", {}, k), el("dd", { "data-field": k.toLowerCase() }, v)])));
}

function highlight(segment, events) {
  const main = primarySpan(segment.spans);
  const event = events[main.index];
  const roles = [...new Set(segment.spans.map((s) => s.role))];
  const indices = [...new Set(segment.spans.map((s) => s.index))].sort((a, b) => a - b);
  const label = segment.spans.map((s) => `${s.role} of event ${s.index + 1} (${events[s.index].cameo}, ${events[s.index].factuality})`).join("; ");
  const mark = el("mark", {
    class: ["hl", ...roles.map((r) => `hl-${r}`), `fact-${event.factuality}`].join(" "),
    id: `hl-${segment.start}-${segment.end}`,
    tabindex: 0,
    "data-event-index": main.index,
    "data-events": indices.join(" "),
    "data-roles": roles.join(" "),
    // Several events can share one trigger word ("will station troops in A, B and C").
    "data-trigger-of": segment.spans.filter((s) => s.role === "trigger").map((s) => s.index).join(" ") || null,
    "data-role": main.role,
    "data-factuality": event.factuality,
    "data-start": segment.start,
    "data-end": segment.end,
    "aria-label": `${segment.text}: ${label}`,
  }, segment.text);
  attachTooltip(mark, () => indices.map((i) =>
    eventDetails(events[i], i, segment.spans.filter((s) => s.index === i).map((s) => s.role))));
  return mark;
}

function renderText(container, text, events) {
  clear(container);
  for (const segment of segmentText(text, eventSpans(events))) {
    container.append(segment.spans.length ? highlight(segment, events) : document.createTextNode(segment.text));
  }
}

function focusTrigger(index) {
  const mark = document.querySelector(`#article-text mark[data-trigger-of~="${index}"]`);
  if (mark) {
    mark.scrollIntoView({ block: "center" });
    mark.focus();
  }
}

function renderTable(tbody, events) {
  clear(tbody);
  events.forEach((e, i) => {
    const row = el("tr", { "data-event-index": i, "data-factuality": e.factuality, tabindex: 0, "aria-label": `Show event ${i + 1} in the text` },
      el("td", {}, String(i + 1)),
      el("td", { title: e.source ? e.source.text : "" }, actorCode(e.source)),
      el("td", {}, e.trigger.text),
      el("td", { title: e.target ? e.target.text : "" }, actorCode(e.target)),
      el("td", { class: "code" }, cameoLabel(e)),
      el("td", {}, ploverLabel(e.plover)),
      el("td", { class: `quad quad-${e.quad_class}` }, String(e.quad_class)),
      el("td", { class: "num" }, signed(e.goldstein)),
      el("td", {}, el("span", { class: `fact-badge fact-${e.factuality}` }, e.factuality)),
      el("td", {}, placeLabel(e.location)),
      el("td", { class: "code" }, e.pattern));
    row.addEventListener("click", () => focusTrigger(i));
    row.addEventListener("keydown", (event) => { if (event.key === "Enter") focusTrigger(i); });
    tbody.append(row);
  });
}

function renderArticle(doc) {
  const view = document.getElementById("view-article");
  const meta = document.getElementById("article-meta");
  clear(meta).append(
    doc.title ? el("h2", {}, doc.title) : "",
    el("span", { class: "meta-line" }, [doc.date, doc.site, doc.lang, `${doc.events.length} events`].filter(Boolean).join(" · ")),
    doc.url ? el("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, " source") : "",
  );
  renderText(document.getElementById("article-text"), doc.text, doc.events);
  renderTable(document.querySelector("#event-table tbody"), doc.events);
  view.dataset.state = "ready";
  view.dataset.events = String(doc.events.length);
}

async function loadDocumentList() {
  const select = document.getElementById("doc-select");
  const page = await getJSON("documents", { limit: DOCUMENT_LIST_LIMIT });
  const docs = page.documents;
  const options = docs.map((d) =>
    el("option", { value: d.id }, `${d.date || "undated"} · ${d.title || d.id.slice(0, 12)} (${d.events} events, ${d.lang || "?"})`));
  select.replaceChildren(el("option", { value: "" }, page.total > docs.length ? `— choose (newest ${docs.length} of ${page.total}) —` : `— choose (${docs.length}) —`), ...options);
}

async function run(task) {
  const view = document.getElementById("view-article");
  view.dataset.state = "loading";
  clearError();
  try {
    renderArticle(await task());
  } catch (err) {
    view.dataset.state = "error";
    showError(err.message);
  }
}

export function initArticle() {
  renderFactualityLegend(document.getElementById("factuality-legend"));
  const select = document.getElementById("doc-select");
  select.addEventListener("change", () => {
    if (select.value) run(() => getJSON(`documents/${encodeURIComponent(select.value)}`));
  });
  document.getElementById("code-button").addEventListener("click", () => {
    const text = document.getElementById("code-text").value;
    if (!text.trim()) return showError("Paste a text to code first.");
    const lang = document.getElementById("code-lang").value;
    const date = document.getElementById("code-date").value || null;
    select.value = "";
    return run(async () => {
      const coded = await postJSON("code", { text, lang, date });
      return { title: null, date, lang: coded.lang, text: coded.text ?? text, events: coded.events };
    });
  });
  let listed = false;
  return {
    async show() {
      if (!listed) {
        listed = true;
        try {
          await loadDocumentList();
        } catch (err) {
          showError(err.message);
        }
      }
      const view = document.getElementById("view-article");
      if (!view.dataset.state) view.dataset.state = "ready";
    },
  };
}
