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
const SOPLAB_PING_WAIT = 4000;
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
// {type: "pong"} (soplab.engine.widgets.guard.answer_pings).
function soplabWhenGone(model, gone) {
  const { session, kernel } = soplabKernel(model);
  let over = false;
  let asked = 0;
  let idleSince = 0;
  let timer = null;
  const stop = () => {
    over = true;
    if (timer) clearInterval(timer);
    if (kernel) {
      kernel.statusChanged.disconnect(onStatus);
      kernel.connectionStatusChanged.disconnect(onConnection);
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
    else if (status === "connected") ask(); // back after a break: is it the same kernel?
  }
  function onKernel() {
    fire("another kernel");
  }
  function onMessage(message) {
    if (message && message.type === "pong") asked = 0;
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

// What a part of the page shows once its kernel is gone: one alert, in plain words.
function soplabGoneNotice() {
  const note = document.createElement("div");
  note.className = "soplab-gone";
  note.setAttribute("role", "alert");
  const strong = document.createElement("strong");
  strong.textContent = "⚠ ";
  strong.setAttribute("aria-hidden", "true");
  note.append(strong, SOPLAB_GONE_TEXT);
  return note;
}

// The exercise (or other part) that holds `el` stops taking input: its questions become
// inert (no clicks, no typing, no Tab stop, never the target of "Go to question").
function soplabRetire(el, part) {
  const holder = part || el;
  holder.classList.add("soplab-dead");
  holder.dataset.soplabDead = "1";
  for (const child of holder.querySelectorAll(".soplab-card, .soplab-outline, .soplab-check-actions")) {
    child.inert = true;
    child.setAttribute("aria-disabled", "true");
  }
}
