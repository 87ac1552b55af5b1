// Where Run All Cells brings the learner on a page without a page header (My progress),
// for soplab's Landing (anywidget; nav.js first): once the notebook has finished
// running, the part of the page named by `target` (a selector) is shown at the top
// and gets the keyboard focus, so a screen reader reads its name.

function render({ model, el }) {
  el.classList.add("soplab-landing");
  soplabWhenRunDone(el, model, async (where) => {
    const target = await soplabFind(where, model.get("target"));
    if (!target) return;
    soplabReveal(where, target);
    target.focus({ preventScroll: true });
  });
}

export default { render };
