// One choice question as a native radio group, for soplab's ChoiceGroup (anywidget).
//
// The prompt names the group (role=radiogroup, aria-labelledby); each option is
// a native radio with its own text as its label. All radios of a question share
// one name, so the question is one Tab stop and the browser's own arrow keys move
// and choose within it (wrapping at the ends). Keys pressed inside the group stop
// here: JupyterLab would otherwise read arrows, j/k, a/b, dd and Enter as notebook
// commands and move or change cells. Space, Enter, Home and End choose too.
// Ctrl/Cmd/Alt shortcuts (Save, ...) and Tab pass through. Text goes in with
// textContent only, never as HTML.

let counter = 0;

function render({ model, el }) {
  counter += 1;
  const uid = `soplab-q${counter}-${Math.random().toString(36).slice(2, 8)}`;
  el.classList.add("soplab-question");

  const prompt = document.createElement("p");
  prompt.className = "soplab-prompt";
  prompt.id = `${uid}-prompt`;
  const number = document.createElement("strong");
  number.textContent = `${model.get("number")}.`;
  prompt.append(number, " ", model.get("prompt"));
  // The prompt is the group's name: screen readers say it as they enter the group, so
  // the paragraph itself is left out of what they read (it would be heard twice).
  prompt.setAttribute("aria-hidden", "true");

  const group = document.createElement("div");
  group.className = "soplab-options";
  group.setAttribute("role", "radiogroup");
  group.setAttribute("aria-labelledby", prompt.id);

  const inputs = [];
  for (const [index, [label, value]] of model.get("options").entries()) {
    const option = document.createElement("label");
    option.className = "soplab-option";
    const input = document.createElement("input");
    input.type = "radio";
    input.name = uid;
    input.id = `${uid}-${index}`;
    input.value = value;
    const text = document.createElement("span");
    text.textContent = label;
    // Named once: the radio carries the option's words; the visible copy is not read
    // again after it.
    input.setAttribute("aria-label", label);
    text.setAttribute("aria-hidden", "true");
    option.append(input, text);
    group.append(option);
    inputs.push(input);
  }

  function show() {
    const chosen = model.get("value");
    for (const input of inputs) {
      input.checked = input.value === chosen;
      input.closest(".soplab-option").classList.toggle("soplab-chosen", input.checked);
    }
  }

  // Until the kernel says it has handled the choice (``ack``), the question's last note
  // ("Saved.", or feedback on the option chosen before) is hidden and "Saving…" shows.
  const saving = document.createElement("p");
  saving.className = "soplab-saving";
  saving.setAttribute("role", "status");
  let waiting = null;
  function pending(on) {
    const card = el.closest(".soplab-card");
    if (card) card.classList.toggle("soplab-pending", on);
    clearTimeout(waiting);
    saving.textContent = on ? "Saving…" : "";
    if (on) {
      waiting = setTimeout(() => {
        saving.textContent = "Not saved yet: the notebook is busy or has stopped. " +
          "If this stays, choose Run > Run All Cells, then answer again.";
      }, 6000);
    }
  }
  const handled = () => pending(false);

  function choose(input) {
    if (model.get("value") === input.value) return;
    pending(true);
    model.set("value", input.value);
    model.save_changes();
    show();
  }

  group.addEventListener("change", (event) => {
    if (event.target instanceof HTMLInputElement && event.target.checked) choose(event.target);
  });
  group.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.key === "Tab") return;
    event.stopPropagation();
    if (!(event.target instanceof HTMLInputElement)) return;
    let target = null;
    if (event.key === "Enter") target = event.target;
    else if (event.key === "Home") target = inputs[0];
    else if (event.key === "End") target = inputs[inputs.length - 1];
    if (target) {
      event.preventDefault(); // Home and End would scroll the notebook away
      target.focus();
      target.checked = true;
      choose(target);
    }
  });
  // JupyterLab's command mode also listens for key presses that bubble as keypress/keyup.
  for (const type of ["keypress", "keyup"]) {
    group.addEventListener(type, (event) => {
      if (!(event.ctrlKey || event.metaKey || event.altKey || event.key === "Tab")) {
        event.stopPropagation();
      }
    });
  }

  model.on("change:value", show);
  model.on("change:ack", handled);
  show();
  el.replaceChildren(prompt, group, saving);
  return () => {
    clearTimeout(waiting);
    model.off("change:value", show);
    model.off("change:ack", handled);
  };
}

export default { render };
