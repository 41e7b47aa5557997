// The dashboard's entry point: reads the token, shows the store summary and switches between
// the four views by the address's hash (#/article, #/network, #/timeline, #/map).
import { captureToken, getJSON } from "./api.js";
import { showError } from "./dom.js";
import { initArticle } from "./article.js";
import { initMap } from "./map.js";
import { initNetwork } from "./network.js";
import { initTimeline } from "./timeline.js";

const VIEWS = ["article", "network", "timeline", "map"];

function currentView() {
  const name = window.location.hash.replace(/^#\/?/, "");
  return VIEWS.includes(name) ? name : "article";
}

function renderSummary(s) {
  const days = s.first_day ? `${s.first_day} – ${s.last_day}` : "no dated documents";
  document.getElementById("summary").textContent =
    `${s.documents} documents · ${s.events} events (${s.asserted} asserted) · ${s.countries} countries · ${days}`;
}

async function start() {
  captureToken();
  let summary = { first_day: "", last_day: "" };
  try {
    summary = await getJSON("summary");
    renderSummary(summary);
  } catch (err) {
    showError(err.message);
  }
  const views = {
    article: initArticle(),
    network: initNetwork(summary),
    timeline: initTimeline(),
    map: initMap(summary),
  };
  const show = () => {
    const active = currentView();
    for (const name of VIEWS) {
      document.getElementById(`view-${name}`).hidden = name !== active;
      const tab = document.getElementById(`tab-${name}`);
      tab.setAttribute("aria-selected", String(name === active));
      tab.classList.toggle("active", name === active);
    }
    document.body.dataset.view = active;
    views[active].show();
  };
  window.addEventListener("hashchange", show);
  show();
}

start();
