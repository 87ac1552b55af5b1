"""The kernel guard: a part of the page that says so when its kernel is gone.

After *Kernel > Restart*, a kernel that died, or a restarted server, the widgets of
the old kernel stay on the page but nothing behind them saves a click. Each
exercise carries a :class:`KernelGuard` (and the page header and graded checks
the same script, ``guard.js``): as soon as the kernel is gone it shows, in plain
words, "The notebook restarted: choose Run All to bring your answers back", and
the exercise's questions stop taking input (they become inert: no click, no
typing, no Tab stop, never the target of "Go to question").
"""

from __future__ import annotations

from pathlib import Path

import anywidget

__all__ = ["GONE_TEXT", "GUARD_CSS", "GUARD_JS", "KernelGuard", "answer_pings"]

_HERE = Path(__file__).resolve().parent
GUARD_JS = (_HERE / "guard.js").read_text(encoding="utf-8")
#: What a part of the page says once its kernel is gone (the same words as ``guard.js``).
GONE_TEXT = ("The notebook restarted: choose Run All to bring your answers back "
             "(Run > Run All Cells). Until then, this part takes no answers.")

GUARD_CSS = """
.soplab-gone {
  margin: 0.3em 0 0.5em 0; padding: 0.5em 0.8em; border-radius: 4px; line-height: 1.5;
  color: #5c2d00; background: #fff4e5; border-left: 5px solid #b35c00;
  font-family: var(--jp-content-font-family); font-size: var(--jp-content-font-size1, 14px);
}
/* ipywidgets' own "disconnected" mark (a red broken link at every widget): the notice
   says it in words, once. */
.soplab-exercise .jupyter-widgets-disconnected::before,
.soplab-exercise.jupyter-widgets-disconnected::before,
.soplab-check-summary.jupyter-widgets-disconnected::before,
.jupyter-widgets-disconnected:has(> .soplab-page)::before { content: none; display: none; }
.soplab-dead .soplab-card, .soplab-dead .soplab-outline, .soplab-dead .soplab-check-actions {
  opacity: 0.6; pointer-events: none;
}
"""

_RENDER = """
function render({ model, el }) {
  el.classList.add("soplab-guard");
  return soplabGuard(model, el, () => el.closest(".soplab-exercise"));
}

export default { render };
"""


def answer_pings(widget: anywidget.AnyWidget) -> None:
    """Let ``widget``'s page half ask whether its kernel is still the one that made it."""

    def reply(_widget, content, _buffers) -> None:
        if isinstance(content, dict) and content.get("type") == "ping":
            widget.send({"type": "pong"})

    widget.on_msg(reply)


class KernelGuard(anywidget.AnyWidget):
    """Shows nothing while the kernel runs; once it is gone, says so and retires the
    exercise it belongs to (see ``guard.js``)."""

    _esm = GUARD_JS + _RENDER
    _css = GUARD_CSS

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        answer_pings(self)
