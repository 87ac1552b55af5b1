// The page header of an assignment, for soplab's PageHeader (anywidget; nav.js first).
//
// A navigation landmark with one progress line for the whole assignment ("Graded:
// 9 of 12 answered · Practice: 20 of 31 answered") and an outline: each part of
// the page as a link that takes the learner to it. The kernel updates both as the
// learner answers.
//
// After Run All Cells, JupyterLab leaves the view on the last cell. Once the notebook
// has finished running, the header moves the keyboard focus to the first question
// (JupyterLab then activates its cell, and the page shows it): once per run, and
// not at all if the learner has started clicking, typing or scrolling meanwhile.

// Whether the notebook still has cells waiting or running.
function soplabBusy(panel) {
  const indicator = panel.querySelector(".jp-Notebook-ExecutionIndicator");
  if (indicator && indicator.dataset.status) return indicator.dataset.status === "busy";
  return [...panel.querySelectorAll(".jp-InputPrompt")].some((p) => p.textContent.includes("*"));
}

function soplabLandOnce(el, model) {
  const key = `soplab-landed-${model.get("run_id")}`;
  try {
    if (!model.get("run_id") || model.soplabLanding || sessionStorage.getItem(key)) return;
    sessionStorage.setItem(key, "1");
  } catch (error) {
    if (model.soplabLanding) return; // no sessionStorage: once per page
  }
  model.soplabLanding = true;
  let touched = false;
  const events = ["pointerdown", "keydown", "wheel", "touchstart"];
  const mark = (event) => {
    if (event.isTrusted) touched = true;
  };
  for (const type of events) document.addEventListener(type, mark, true);
  const started = Date.now();
  let quiet = 0;
  let panel = null;
  const timer = setInterval(() => {
    // The header is put on the page after it is drawn, and JupyterLab's windowing may
    // take it off again while the page runs: remember its notebook once seen.
    panel = el.closest(".jp-NotebookPanel") || panel;
    const over = touched || Date.now() - started > 15 * 60 * 1000;
    quiet = !panel || soplabBusy(panel) ? 0 : quiet + 1;
    if (!over && quiet < 3) return; // idle for a moment, not between two cells
    clearInterval(timer);
    for (const type of events) document.removeEventListener(type, mark, true);
    // Not if the learner is elsewhere (another tab, a closed notebook) or has started.
    if (over || !panel.isConnected || panel.classList.contains("lm-mod-hidden")) return;
    const first = model.get("sets")[0]; // the page's first exercise, wherever it is
    soplabGoTo(el.isConnected ? el : panel, first ? first.id : "", 1);
  }, 200);
}

function render({ model, el }) {
  const nav = document.createElement("nav");
  nav.className = "soplab-page";
  nav.setAttribute("aria-label", "This assignment");

  const line = document.createElement("p");
  line.className = "soplab-page-line";
  const label = document.createElement("strong");
  label.textContent = "Your progress: ";
  const progress = document.createElement("span");
  line.append(label, progress);

  const heading = document.createElement("p");
  heading.className = "soplab-page-heading";
  heading.id = `soplab-outline-${Math.random().toString(36).slice(2, 8)}`;
  heading.textContent = "On this page (choose a part to go there):";
  const list = document.createElement("ol");
  list.className = "soplab-outline";
  list.setAttribute("aria-labelledby", heading.id);

  function entry(text, kind, status, done, go) {
    const item = document.createElement("li");
    if (done) item.classList.add("soplab-done");
    const link = document.createElement("a");
    link.href = "#";
    link.textContent = text;
    soplabKeepKeys(link);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      go();
    });
    const note = document.createElement("span");
    note.className = "soplab-outline-status";
    note.textContent = `· ${[kind.toLowerCase(), status].filter(Boolean).join(" · ")}`;
    item.append(link, " ", note);
    return item;
  }

  function show() {
    progress.textContent = model.get("line");
    const items = model.get("sets").map((set) => {
      const kind = set.practice ? "Practice" : "Graded";
      // "Graded: ..." titles say it already.
      const said = set.title.toLowerCase().startsWith(kind.toLowerCase()) ? "" : kind;
      return entry(set.title, said, (set.done ? "✓ " : "") + set.status, set.done,
        () => soplabGoTo(el, set.id, set.first_missing || 1));
    });
    if (model.get("check_status")) {
      items.push(entry("Check your work", "", (model.get("check_done") ? "✓ " : "") +
        model.get("check_status"), model.get("check_done"),
        async () => {
          const summary = await soplabFind(el, ".soplab-check-summary");
          if (!summary) return;
          soplabReveal(el, summary);
          summary.querySelector("button:not([hidden])")?.focus({ preventScroll: true });
        }));
    }
    list.replaceChildren(...items);
  }

  const names = ["line", "sets", "check_status", "check_done"];
  for (const name of names) model.on(`change:${name}`, show);
  show();
  nav.append(line, heading, list);
  el.replaceChildren(nav);
  soplabLandOnce(el, model);
  return () => {
    for (const name of names) model.off(`change:${name}`, show);
  };
}

export default { render };
