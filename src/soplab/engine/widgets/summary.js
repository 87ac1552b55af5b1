// A graded part's live check, for soplab's CheckSummary (anywidget; nav.js comes first).
//
// One line in plain words ("3 of 5 answered. Still to answer: questions 2 and 4."),
// updated by the kernel as the learner answers; a button to the first question still
// to answer; and "Check again", whose result is read out once (the line itself is no
// live region: it changes at every answer, and each answer already says "Saved.").

function render({ model, el }) {
  el.classList.add("soplab-check-summary");

  const line = document.createElement("p");
  line.className = "soplab-check-line";
  const symbol = document.createElement("span");
  symbol.className = "soplab-check-symbol";
  symbol.setAttribute("aria-hidden", "true");
  const words = document.createElement("span");
  line.append(symbol, words);

  const actions = document.createElement("div");
  actions.className = "soplab-check-actions";
  const go = document.createElement("button");
  go.type = "button";
  go.className = "soplab-button soplab-go";
  const again = document.createElement("button");
  again.type = "button";
  again.className = "soplab-button";
  again.textContent = "Check again";
  actions.append(go, again);

  const overall = document.createElement("p");
  overall.className = "soplab-check-overall";

  const said = document.createElement("p");
  said.className = "soplab-sr-only";
  said.setAttribute("role", "status");

  for (const button of [go, again]) soplabKeepKeys(button);

  function show() {
    const done = model.get("done");
    el.classList.toggle("soplab-done", done);
    el.classList.toggle("soplab-todo", !done);
    symbol.textContent = done ? "✓ " : "⚠ ";
    words.textContent = model.get("text");
    const first = model.get("first_missing");
    go.hidden = !first;
    go.textContent = first ? `Go to question ${first}` : "";
    overall.textContent = model.get("overall");
    overall.hidden = !model.get("overall");
  }

  go.addEventListener("click", () => {
    soplabGoTo(el, model.get("exercise"), model.get("first_missing"));
  });
  again.addEventListener("click", () => {
    said.textContent = "";
    model.send({ do: "check" });
  });
  function heard(message) {
    if (message && message.checked) {
      said.textContent = [model.get("text"), model.get("overall")].filter(Boolean).join(" ");
    }
  }

  model.on("change:text", show);
  model.on("change:done", show);
  model.on("change:first_missing", show);
  model.on("change:overall", show);
  model.on("msg:custom", heard);
  show();
  el.replaceChildren(line, actions, overall, said);
  const notice = document.createElement("div");
  el.prepend(notice);
  const unguard = soplabGuard(model, notice, () => el);
  return () => {
    unguard();
    for (const name of ["text", "done", "first_missing", "overall"]) {
      model.off(`change:${name}`, show);
    }
    model.off("msg:custom", heard);
  };
}

export default { render };
