// Shared by soplab's page header, graded-check summaries and landing (anywidgets; put
// before each one's own code): find an exercise on the page and take the learner to
// one of its questions, the way a click would: the question's control gets the
// keyboard focus (JupyterLab then makes its cell the active one) and the notebook
// scrolls so the question shows; and wait until a Run All has finished.

const SOPLAB_SCROLLER = ".jp-WindowedPanel-outer";

// `el` is a part of the page (or its notebook's panel, remembered while the part
// itself is off the page under JupyterLab's windowing).
function soplabRoot(el) {
  return el.closest(".jp-Notebook") || el.querySelector(".jp-Notebook") || document.body;
}

function soplabScroller(el) {
  return el.closest(SOPLAB_SCROLLER) || el.querySelector(SOPLAB_SCROLLER);
}

const soplabPause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// The element for `selector` in this notebook, laid out on the page. With JupyterLab's
// windowing, cells far from the view may not be on the page yet (or kept there
// without a layout): then scroll through the notebook until it appears, and come
// back to where the learner was if it never does.
async function soplabFind(el, selector) {
  const root = soplabRoot(el);
  const look = () => [...root.querySelectorAll(selector)].find((e) => e.getClientRects().length);
  let found = look();
  if (found) return found;
  const scroller = soplabScroller(el);
  if (!scroller) return null;
  const start = scroller.scrollTop;
  scroller.scrollTop = 0;
  for (let step = 0; step < 400; step += 1) {
    await soplabPause(60);
    found = look();
    if (found) return found;
    const before = scroller.scrollTop;
    scroller.scrollTop = before + Math.max(200, scroller.clientHeight * 0.8);
    if (scroller.scrollTop === before) break;
  }
  scroller.scrollTop = start;
  return null;
}

// Scroll the notebook (and only the notebook) so `target` starts near the top.
function soplabReveal(el, target) {
  const scroller = soplabScroller(el);
  if (!scroller) return;
  const top = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  scroller.scrollTop += top - 16;
}

// The control that stands for a question: its chosen option, else its first one,
// or its first box to type in.
function soplabControl(card) {
  const radios = [...card.querySelectorAll('input[type="radio"]')];
  if (radios.length) return radios.find((r) => r.checked) || radios[0];
  return card.querySelector("textarea, input:not([type=hidden]), select, button, summary");
}

// An exercise whose kernel is gone (guard.js) is never a place to go to.
function soplabSetSelector(setId) {
  return `.soplab-set-${CSS.escape(setId)}:not(.soplab-dead)`;
}

// Take the learner to question `number` (from 1) of the exercise `setId`, or to the
// first exercise on the page when `setId` is empty. Returns whether it was found.
async function soplabGoTo(el, setId, number) {
  const exercise = await soplabFind(el, setId ? soplabSetSelector(setId)
    : ".soplab-exercise:not(.soplab-dead)");
  if (!exercise) return false;
  const cards = exercise.querySelectorAll(".soplab-card");
  const card = cards[Math.max(0, (number || 1) - 1)] || cards[0] || exercise;
  soplabReveal(el, (number || 1) > 1 ? card : exercise);
  const control = soplabControl(card);
  if (control) control.focus({ preventScroll: true });
  // JupyterLab may scroll its active cell into view once the focus lands: settle here.
  await soplabPause(60);
  soplabReveal(el, (number || 1) > 1 ? card : exercise);
  return true;
}

// A button or link that does not reach JupyterLab's notebook shortcuts (Enter in
// command mode would open the cell's editor).
function soplabKeepKeys(node) {
  for (const type of ["keydown", "keypress", "keyup"]) {
    node.addEventListener(type, (event) => {
      if (!(event.ctrlKey || event.metaKey || event.altKey || event.key === "Tab")) {
        event.stopPropagation();
      }
    });
  }
}

// Whether the notebook still has cells waiting or running.
function soplabBusy(panel) {
  const indicator = panel.querySelector(".jp-Notebook-ExecutionIndicator");
  if (indicator && indicator.dataset.status) return indicator.dataset.status === "busy";
  return [...panel.querySelectorAll(".jp-InputPrompt")].some((p) => p.textContent.includes("*"));
}

// After Run All Cells, JupyterLab leaves the view on the last cell. Call `land(where)`
// once the notebook has finished running (`where`: this part of the page, or its
// notebook while windowing has taken the part off the page): once per run of the
// cell (the model's `run_id`; not again when the page is reloaded), and not at all
// if the learner has started clicking, typing or scrolling meanwhile, or is elsewhere.
function soplabWhenRunDone(el, model, land) {
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
    // The part is put on the page after it is drawn, and JupyterLab's windowing may
    // take it off again while the page runs: remember its notebook once seen.
    panel = el.closest(".jp-NotebookPanel") || panel;
    const over = touched || Date.now() - started > 15 * 60 * 1000;
    quiet = !panel || soplabBusy(panel) ? 0 : quiet + 1;
    if (!over && quiet < 3) return; // idle for a moment, not between two cells
    clearInterval(timer);
    for (const type of events) document.removeEventListener(type, mark, true);
    if (over || !panel.isConnected || panel.classList.contains("lm-mod-hidden")) return;
    land(el.isConnected ? el : panel);
  }, 200);
}
