/*
 * The complaint desk's SLA view in Cockpit (Camunda 7 frontend plugin API: an ES module whose default
 * export is the list of plugins). Its data comes from the plugin's REST resource,
 * {cockpitApi}/plugin/sla-view/{engine}/..., which refuses (403) whoever is not a compliance officer,
 * supervisor, senior manager or administrator; the navigation entry and the dashboard section hide
 * themselves then. Times arrive formatted in the bank's time zone.
 *
 *   cockpit.route / cockpit.navigation  #/sla: open breaches and clocks due within 24 hours,
 *                                       filtered and grouped by clock, stage and handling group
 *   cockpit.dashboard                   a line on the dashboard that leads there
 *   cockpit.processDefinition.diagram.plugin
 *                                       the heat map: red (late) and amber (due soon) badges per
 *                                       stage and deadline frame of the lifecycle's diagram
 */

const PLUGIN = "sla-view";
const ROUTE = "/sla";

/** The engine of the page (/camunda/app/cockpit/{engine}/): the diagram plugins get no engine name of their own. */
function engineOf(api) {
  const match = window.location.pathname.match(/\/app\/cockpit\/([^/]+)\//);
  return match ? decodeURIComponent(match[1]) : (api && api.engine) || "default";
}

function cockpitApi(api) {
  if (api && api.cockpitApi) {
    return api.cockpitApi;
  }
  return document.querySelector("base").getAttribute("cockpit-api").replace(/\/$/, "");
}

function url(api, path, params) {
  const query = Object.entries(params || {})
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => encodeURIComponent(key) + "=" + encodeURIComponent(value))
    .join("&");
  return cockpitApi(api) + "/plugin/" + PLUGIN + "/" + encodeURIComponent(engineOf(api)) + "/" + path
    + (query ? "?" + query : "");
}

function load(api, path, params) {
  const headers = { Accept: "application/json" };
  if (api && api.CSRFToken) {
    headers["X-XSRF-TOKEN"] = api.CSRFToken;
  }
  return fetch(url(api, path, params), { credentials: "same-origin", headers }).then(response => {
    if (!response.ok) {
      const error = new Error("HTTP " + response.status);
      error.status = response.status;
      throw error;
    }
    return response.json();
  });
}

/** A DOM element with attributes and children (strings become text: nothing from the server is read as HTML). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (key === "className") {
      node.className = value;
    } else {
      node.setAttribute(key, value === true ? "" : value);
    }
  });
  children.flat().forEach(child => {
    if (child !== undefined && child !== null) {
      node.appendChild(typeof child === "string" || typeof child === "number"
        ? document.createTextNode(String(child)) : child);
    }
  });
  return node;
}

function instanceLink(row) {
  return el("a", { className: "sla-instance", href: "#/process-instance/" + row.processInstanceId + "/runtime",
    title: "Open the complaint's lifecycle in Cockpit" }, row.reference);
}

function plural(count, one, many) {
  return count + " " + (count === 1 ? one : many);
}

// ---- the SLA view (#/sla) ----------------------------------------------------------------------------

const GROUPINGS = [
  { key: "", label: "None" },
  { key: "clock", label: "Clock" },
  { key: "stage", label: "Stage" },
  { key: "handlingGroup", label: "Handling group" }
];

const BREACH_COLUMNS = [
  { label: "Complaint", cell: row => instanceLink(row) },
  { label: "Clock", cell: row => row.clockLabel },
  { label: "Was due", cell: row => row.dueAt },
  { label: "Breached", cell: row => row.breachedAt },
  { label: "Late by", cell: row => el("span", { className: "label label-danger" }, row.lateBy) },
  { label: "Stage now", cell: row => row.breachStage && row.breachStage !== row.stage
    ? [row.stage, el("small", { className: "sla-muted" }, " (breached in " + row.breachStage + ")")] : row.stage },
  { label: "Handling group", cell: row => row.handlingGroup },
  { label: "With", cell: row => row.assignee || "" }
];

const DUE_SOON_COLUMNS = [
  { label: "Complaint", cell: row => instanceLink(row) },
  { label: "Clock", cell: row => row.clockLabel },
  { label: "Due", cell: row => row.dueAt },
  { label: "Due in", cell: row => el("span", { className: "label label-warning" }, row.dueIn) },
  { label: "Stage", cell: row => row.stage },
  { label: "Handling group", cell: row => row.handlingGroup }
];

function groupLabel(view, groupBy, key) {
  const found = (view.groups[groupBy] || []).find(count => count.key === key);
  return found ? found.label : key;
}

function table(className, columns, rows, view, groupBy, empty) {
  if (!rows.length) {
    return el("p", { className: "sla-empty " + className }, empty);
  }
  const body = el("tbody");
  let current;
  const sorted = groupBy
    ? rows.slice().sort((a, b) => String(a[groupBy]).localeCompare(String(b[groupBy])))
    : rows;
  sorted.forEach(row => {
    if (groupBy && row[groupBy] !== current) {
      current = row[groupBy];
      const members = rows.filter(other => other[groupBy] === current).length;
      body.appendChild(el("tr", { className: "sla-group", "data-group": current },
        el("th", { colspan: columns.length }, groupLabel(view, groupBy, current) + " (" + members + ")")));
    }
    body.appendChild(el("tr", { className: "sla-row", "data-reference": row.reference, "data-clock": row.clock },
      columns.map(column => el("td", {}, column.cell(row)))));
  });
  return el("table", { className: "table table-condensed sla-table " + className },
    el("thead", {}, el("tr", {}, columns.map(column => el("th", {}, column.label)))), body);
}

function select(name, label, options, value, allLabel) {
  const control = el("select", { className: "form-control input-sm", name },
    allLabel === undefined ? [] : el("option", { value: "" }, allLabel),
    options.map(option => el("option", { value: option.value, selected: option.value === value }, option.label)));
  return el("label", { className: "sla-filter" }, label + " ", control);
}

function summary(view, groupBy) {
  const counts = view.groups[groupBy || "clock"] || [];
  const title = GROUPINGS.find(grouping => grouping.key === (groupBy || "clock")).label;
  return el("div", { className: "sla-summary" },
    el("span", { className: "sla-summary-title" }, "By " + title.toLowerCase() + ":"),
    counts.map(count => el("span", { className: "sla-chip", "data-key": count.key },
      el("strong", {}, count.label),
      count.breaches ? el("span", { className: "sla-badge sla-late",
        title: plural(count.breaches, "open breach", "open breaches") }, count.breaches) : null,
      count.dueSoon ? el("span", { className: "sla-badge sla-due-soon",
        title: plural(count.dueSoon, "clock", "clocks") + " due within 24 hours" }, count.dueSoon) : null)),
    el("span", { className: "sla-legend sla-muted" },
      el("span", { className: "sla-badge sla-late" }, "n"), " open breaches ",
      el("span", { className: "sla-badge sla-due-soon" }, "n"), " due within 24 hours"));
}

function renderView(node, api) {
  const state = { clock: "", stage: "", group: "", groupBy: "" };
  const root = el("div", { className: "sla-view" });
  node.appendChild(root);

  function show(view) {
    root.textContent = "";
    const filters = el("form", { className: "form-inline sla-filters" },
      select("clock", "Clock", view.options.clocks, state.clock, "All"),
      select("stage", "Stage", view.options.stages, state.stage, "All"),
      select("group", "Handling group", view.options.handlingGroups, state.group, "All"),
      select("groupBy", "Group by", GROUPINGS.map(g => ({ value: g.key, label: g.label })), state.groupBy));
    filters.addEventListener("change", event => {
      state[event.target.name] = event.target.value;
      if (event.target.name === "groupBy") {
        show(view);
      } else {
        refresh();
      }
    });
    filters.addEventListener("submit", event => event.preventDefault());
    root.append(
      el("h1", {}, "SLA"),
      el("p", { className: "sla-muted sla-as-of" }, "Open breaches and clocks due by " + view.dueSoonUntil
        + ". Times in " + view.zone + ", as of " + view.now + "."),
      filters,
      summary(view, state.groupBy),
      el("h2", {}, "Open breaches ", el("span", { className: "sla-badge sla-late sla-count-breaches" }, view.breaches.length)),
      table("sla-breaches", BREACH_COLUMNS, view.breaches, view, state.groupBy, "No open breach."),
      el("h2", {}, "Due within 24 hours ",
        el("span", { className: "sla-badge sla-due-soon sla-count-due-soon" }, view.dueSoon.length)),
      table("sla-due-soon", DUE_SOON_COLUMNS, view.dueSoon, view, state.groupBy, "No clock due within 24 hours."));
  }

  function refresh() {
    root.classList.add("sla-loading");
    load(api, "overview", { clock: state.clock, stage: state.stage, group: state.group })
      .then(view => {
        root.classList.remove("sla-loading");
        show(view);
      })
      .catch(error => {
        root.classList.remove("sla-loading");
        root.textContent = "";
        root.append(el("h1", {}, "SLA"), el("div", { className: "alert alert-danger sla-refused" },
          error.status === 403
            ? "The SLA view is for compliance officers, supervisors, senior managers and administrators."
            : "The SLA view could not be loaded (" + error.message + ")."));
      });
  }

  refresh();
}

// ---- the heat map on the lifecycle's diagram -----------------------------------------------------------

function heatBadge(count, kind, references) {
  const word = kind === "late" ? "late" : "due within 24 h";
  return el("span", { className: "sla-badge sla-" + (kind === "late" ? "late" : "due-soon"),
    title: plural(count, "complaint", "complaints") + " " + word + ": " + references.join(", ") }, count);
}

function renderHeatMap(viewer, data) {
  let registry;
  let overlays;
  let canvas;
  try {
    registry = viewer.get("elementRegistry");
    overlays = viewer.get("overlays");
    canvas = viewer.get("canvas");
  } catch (notADiagram) {
    return;
  }
  load(data.api, "heatmap", { processDefinitionId: data.processDefinitionId })
    .then(heat => heat.elements.forEach(element => {
      if (!registry.get(element.elementId) || (!element.late && !element.dueSoon)) {
        return;
      }
      overlays.add(element.elementId, "sla-heat", {
        // a stage's badges on its top edge, a frame's inside its top left corner
        position: element.kind === "frame" ? { top: 6, left: 8 } : { top: -12, right: 34 },
        html: el("div", { className: "sla-heat sla-heat-" + element.kind, "data-element": element.elementId },
          element.late ? heatBadge(element.late, "late", element.lateReferences) : null,
          element.dueSoon ? heatBadge(element.dueSoon, "due-soon", element.dueSoonReferences) : null)
      });
      if (element.kind === "stage") {
        canvas.addMarker(element.elementId, element.late ? "sla-hot-late" : "sla-hot-due-soon");
      }
    }))
    .catch(() => {
      // not a reader of the SLA view, or no data: the diagram stays as Cockpit draws it
    });
}

// ---- the plugins ------------------------------------------------------------------------------------

export default [
  {
    id: "sla-view-route",
    pluginPoint: "cockpit.route",
    properties: { path: ROUTE },
    render: (node, { api }) => renderView(node, api)
  },
  {
    id: "sla-view-navigation",
    pluginPoint: "cockpit.navigation",
    priority: 5,
    properties: {
      path: ROUTE,
      label: "SLA",
      // only readers of the view see the entry: the resource answers 403 to anyone else
      access: ["$rootScope", $rootScope => done => {
        load(null, "access")
          .then(() => $rootScope.$applyAsync(() => done(null, true)))
          .catch(() => $rootScope.$applyAsync(() => done(null, false)));
      }]
    },
    render: node => {
      node.classList.add("sla-navigation");
      node.appendChild(el("a", { href: "#" + ROUTE }, "SLA"));
    }
  },
  {
    id: "sla-view-dashboard",
    pluginPoint: "cockpit.dashboard",
    priority: 10,
    render: (node, { api }) => {
      load(api, "overview", {})
        .then(view => node.appendChild(el("section", { className: "sla-dashboard" },
          el("h3", {}, "SLA"),
          el("a", { href: "#" + ROUTE },
            el("span", { className: "sla-badge sla-late" }, view.breaches.length), " open breaches, ",
            el("span", { className: "sla-badge sla-due-soon" }, view.dueSoon.length), " clocks due within 24 hours"))))
        .catch(() => {
          // not a reader of the SLA view: nothing on the dashboard
        });
    }
  },
  {
    id: "sla-view-heatmap",
    pluginPoint: "cockpit.processDefinition.diagram.plugin",
    priority: 0,
    render: (viewer, data) => renderHeatMap(viewer, data || {})
  }
];
