// Shared by soplab's anywidgets (put before each one's own code): notice at once when
// the kernel behind a part of the page is gone, so that part can say so and stop
// taking answers that nothing would save.
//
// A widget lives in one kernel process. When that process ends (Kernel > Restart, a
// kernel that died and was restarted, a server that was restarted) the widget stays
// on the page, but a click on it reaches nobody. Two ways to notice:
// - JupyterLab's kernel connection says "restarting", "autorestarting", "dead" or
//   "disconnected" (at once);
// - otherwise the widget asks its kernel-side half ("ping") when it is drawn and after
//   the connection comes back; no answer ("pong") while the kernel is idle for
//   SOPLAB_PING_WAIT ms means the kernel that made it is gone (a new process, or a
//   server restart that the connection did not report).

const SOPLAB_GONE_TEXT =
  "The notebook restarted: choose Run All to bring your answers back " +
  "(Run > Run All Cells). Until then, this part takes no answers.";
const SOPLAB_LOST_TEXT =
  "The connection to the notebook is lost: until it comes back, this part takes no " +
  "answers. If it does not come back in a minute, reload the page and choose Run All " +
  "(Run > Run All Cells).";
const SOPLAB_PING_WAIT = 4000;
// A connection that is still not back after this long is said (a short blip is not).
const SOPLAB_LOST_AFTER = 3000;
const SOPLAB_DEAD_STATES = ["restarting", "autorestarting", "dead", "terminating"];

// The kernel connection behind `model` (JupyterLab's notebook widget manager), or null.
function soplabKernel(model) {
  const manager = model.widget_manager || {};
  const session = manager.context && manager.context.sessionContext;
  const kernel = (session && session.session && session.session.kernel) || manager.kernel;
  return { session: session || null, kernel: kernel || null };
}

// Call `gone(why)` once, as soon as the kernel behind `model` is gone. Returns a
// function that stops watching. The kernel-side half answers {type: "ping"} with
// {type: "pong"} (soplab.engine.widgets.guard.answer_pings). While the connection is
// lost (and may come back), `lost(true)` is called, and `lost(false)` once the same
// kernel answers again.
function soplabWhenGone(model, gone, lost = () => {}) {
  const { session, kernel } = soplabKernel(model);
  let over = false;
  let asked = 0;
  let idleSince = 0;
  let timer = null;
  let lostTimer = null;
  let saidLost = false;
  const stop = () => {
    over = true;
    if (timer) clearInterval(timer);
    clearTimeout(lostTimer);
    if (kernel) {
      kernel.statusChanged.disconnect(onStatus);
      kernel.connectionStatusChanged.disconnect(onConnection);
      kernel.disposed.disconnect(onDisposed);
    }
    if (session) session.kernelChanged.disconnect(onKernel);
    model.off("msg:custom", onMessage);
  };
  const fire = (why) => {
    if (over) return;
    stop();
    gone(why);
  };
  function onStatus(_sender, status) {
    if (SOPLAB_DEAD_STATES.includes(status)) fire(status);
  }
  function onConnection(_sender, status) {
    if (status === "disconnected") fire("disconnected");
    else if (status === "connected") {
      clearTimeout(lostTimer);
      ask(); // back after a break: is it the same kernel?
    } else if (status === "connecting") {
      clearTimeout(lostTimer);
      lostTimer = setTimeout(() => {
        if (over || kernel.connectionStatus === "connected") return;
        saidLost = true;
        lost(true);
      }, SOPLAB_LOST_AFTER);
    }
  }
  function onDisposed() {
    fire("disposed");
  }
  function onKernel() {
    fire("another kernel");
  }
  function onMessage(message) {
    if (!message || message.type !== "pong") return;
    asked = 0;
    if (saidLost) {
      saidLost = false;
      lost(false);
    }
  }
  function ask() {
    if (over) return;
    asked = Date.now();
    idleSince = 0;
    try {
      model.send({ type: "ping" });
    } catch (error) {
      fire("unreachable");
    }
  }
  model.on("msg:custom", onMessage);
  if (kernel) {
    if (kernel.isDisposed || SOPLAB_DEAD_STATES.includes(kernel.status)) {
      fire(kernel.status || "disposed");
      return stop;
    }
    kernel.statusChanged.connect(onStatus);
    kernel.connectionStatusChanged.connect(onConnection);
    kernel.disposed.connect(onDisposed);
  }
  if (session) session.kernelChanged.connect(onKernel);
  timer = setInterval(() => {
    if (!asked) return;
    const idle = !kernel || (kernel.status === "idle" && kernel.connectionStatus === "connected");
    if (!idle) {
      idleSince = 0;
      return;
    }
    idleSince = idleSince || Date.now();
    if (Date.now() - idleSince >= SOPLAB_PING_WAIT) fire("no answer");
  }, 500);
  ask();
  return stop;
}

// What a part of the page shows once its kernel is gone (or, with `lost`, while its
// connection is lost): one alert, in plain words.
function soplabGoneNotice(lost = false) {
  const note = document.createElement("div");
  note.className = lost ? "soplab-gone soplab-lost" : "soplab-gone";
  note.setAttribute("role", "alert");
  const strong = document.createElement("strong");
  strong.textContent = "⚠ ";
  strong.setAttribute("aria-hidden", "true");
  note.append(strong, lost ? SOPLAB_LOST_TEXT : SOPLAB_GONE_TEXT);
  return note;
}

// The exercise (or other part) that holds `el` stops taking input: its questions become
// inert (no clicks, no typing, no Tab stop, never the target of "Go to question").
// `back` undoes it (a lost connection that came back to the same kernel).
function soplabRetire(el, part, back = false) {
  const holder = part || el;
  if (!holder) return;
  holder.classList.toggle("soplab-dead", !back);
  if (back) delete holder.dataset.soplabDead;
  else holder.dataset.soplabDead = "1";
  const parts = ".soplab-card, .soplab-outline, .soplab-check-actions";
  for (const child of holder.querySelectorAll(parts)) {
    child.inert = !back;
    if (back) child.removeAttribute("aria-disabled");
    else child.setAttribute("aria-disabled", "true");
  }
}

// The usual reaction of a part of the page: `notice` holds the alert (emptied when the
// connection comes back), `holder` is what retires.
function soplabGuard(model, notice, holder) {
  return soplabWhenGone(model, () => {
    notice.replaceChildren(soplabGoneNotice());
    soplabRetire(notice, holder());
  }, (isLost) => {
    notice.replaceChildren(...(isLost ? [soplabGoneNotice(true)] : []));
    soplabRetire(notice, holder(), !isLost);
  });
}
