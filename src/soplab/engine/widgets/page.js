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
  soplabWhenRunDone(el, model, (where) => {
    const first = model.get("sets")[0]; // the page's first exercise, wherever it is
    soplabGoTo(where, first ? first.id : "", 1);
  });
  const notice = document.createElement("div");
  nav.prepend(notice);
  const unguard = soplabGuard(model, notice, () => nav);
  return () => {
    unguard();
    for (const name of names) model.off(`change:${name}`, show);
  };
}

export default { render };
