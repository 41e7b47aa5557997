// Text for codes and numbers, shared by the table, the tooltips and the charts.

export function actorCode(actor) {
  return actor ? actor.code || actor.country || actor.text || "?" : "—";
}

export function actorLabel(actor) {
  if (!actor) return "—";
  return actor.code ? `${actor.text} (${actor.code})` : actor.text;
}

export function cameoLabel(event) {
  return event.cameo_name ? `${event.cameo} ${event.cameo_name}` : event.cameo;
}

export function ploverLabel(plover) {
  if (!plover || !plover.type) return "—";
  return plover.mode ? `${plover.type} / ${plover.mode}` : plover.type;
}

export function signed(value, digits = 1) {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const s = Number(value).toFixed(digits);
  return value > 0 ? `+${s}` : s;
}

export function placeLabel(location) {
  if (!location || !location.name) return "—";
  return location.country ? `${location.name}, ${location.country}` : location.name;
}
