/*
 * Naast – web chat client.
 *
 * Plain JavaScript, no build step, no frameworks. All text from the server or
 * the parent is put on the page with textContent only (never innerHTML).
 *
 * WebSocket protocol (JSON text frames):
 *   client -> server
 *     {"type":"hello","sid":<string|null>,"lang":navigator.language}  on every (re)connect
 *     {"type":"text","id":<uuid>,"text":"..."}                         parent typed a message
 *     {"type":"button","id":<uuid>,"data":"..."}                       parent pressed a button
 *     {"type":"ack","id":<int>}                                       bot message shown
 *   server -> client
 *     {"type":"session","sid":"..."}                                  answer to hello
 *     {"type":"received","id":<uuid>}                                 client message stored
 *     {"type":"message","id":<int>,"text":"...","buttons":[{"data","label"}],"lang","dir"}
 *     {"type":"error","text":"..."}                                   shown as a status line
 *
 * Unconfirmed client messages stay in an outbox (also in sessionStorage) and
 * are resent with the same id after every reconnect, once the server has
 * answered the hello with a session.
 */
(function () {
  "use strict";

  var KEY_SID = "naast.sid";
  var KEY_LOG = "naast.log";
  var KEY_OUTBOX = "naast.outbox";
  var MAX_LOG_ENTRIES = 500;
  var BACKOFF_START_MS = 1000;
  var BACKOFF_MAX_MS = 15000;
  var ESCAPE_WINDOW_MS = 1000;
  var SLOW_AFTER_MS = 5000;
  var FAILED_AFTER_MS = 20000;
  var NOTICE_MS = 6000;
  var COUNTER_FROM = 400; // show the counter when this many characters are left

  var doc = document;
  doc.documentElement.classList.remove("no-js");

  function readJSON(id) {
    var node = doc.getElementById(id);
    if (!node) return {};
    try {
      var value = JSON.parse(node.textContent || "{}");
      return value && typeof value === "object" ? value : {};
    } catch (e) {
      return {};
    }
  }

  var config = readJSON("naast-config");
  var strings = readJSON("naast-i18n");

  function tr(key, vars) {
    var text = typeof strings[key] === "string" ? strings[key] : key;
    if (vars) {
      Object.keys(vars).forEach(function (name) {
        text = text.split("{" + name + "}").join(String(vars[name]));
      });
    }
    return text;
  }

  var maxLength = Number(config.max_length) > 0 ? Number(config.max_length) : 4000;

  var logEl = doc.getElementById("naast-log");
  var statusEl = doc.getElementById("naast-status");
  var form = doc.getElementById("naast-form");
  var input = doc.getElementById("naast-input");
  var counterEl = doc.getElementById("naast-counter");
  var exitButton = doc.getElementById("naast-exit");

  // ---------------------------------------------------------------- storage

  var exiting = false;

  var store = {
    get: function (key) {
      try {
        return window.sessionStorage.getItem(key);
      } catch (e) {
        return null;
      }
    },
    set: function (key, value) {
      if (exiting) return;
      try {
        window.sessionStorage.setItem(key, value);
      } catch (e) {
        /* storage full or blocked: the chat still works, it just won't survive a reload */
      }
    },
    getJSON: function (key, fallback) {
      var raw = store.get(key);
      if (!raw) return fallback;
      try {
        var value = JSON.parse(raw);
        return Array.isArray(fallback) && !Array.isArray(value) ? fallback : value;
      } catch (e) {
        return fallback;
      }
    },
    clear: function () {
      try {
        window.sessionStorage.clear();
      } catch (e) {
        /* ignore */
      }
    }
  };

  var sid = store.get(KEY_SID) || null;
  var entries = store.getJSON(KEY_LOG, []); // {who:"bot"|"me", ...}
  var outbox = store.getJSON(KEY_OUTBOX, []); // client messages waiting for "received"
  var seen = new Set(); // "<sid>#<id>" of bot messages already shown

  function saveLog() {
    if (entries.length > MAX_LOG_ENTRIES) entries = entries.slice(-MAX_LOG_ENTRIES);
    store.set(KEY_LOG, JSON.stringify(entries));
  }

  function saveOutbox() {
    store.set(KEY_OUTBOX, JSON.stringify(outbox));
  }

  // ---------------------------------------------------------------- helpers

  function uuid() {
    var c = window.crypto;
    if (c && typeof c.randomUUID === "function") {
      try {
        return c.randomUUID();
      } catch (e) {
        /* not a secure context: fall through */
      }
    }
    var bytes = new Uint8Array(16);
    if (c && c.getRandomValues) {
      c.getRandomValues(bytes);
    } else {
      for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map
      .call(bytes, function (b) {
        return (b < 16 ? "0" : "") + b.toString(16);
      })
      .join("");
    return (
      hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" +
      hex.slice(16, 20) + "-" + hex.slice(20)
    );
  }

  function make(tag, className, text) {
    var node = doc.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function charCount(text) {
    return Array.from(text).length; // code points, like the server's len()
  }

  function cleanDir(value) {
    return value === "rtl" || value === "ltr" || value === "auto" ? value : "";
  }

  function reducedMotion() {
    return !!(window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  }

  function botKey(entrySid, id) {
    return (entrySid || "") + "#" + String(id);
  }

  // ---------------------------------------------------------------- status line

  var connState = { state: "connecting", text: tr("connecting") };
  var notice = null;
  var noticeTimer = null;

  function paintStatus() {
    var state = notice ? notice.state : connState.state;
    var text = notice ? notice.text : connState.text;
    statusEl.setAttribute("data-state", state);
    if (statusEl.textContent !== text) statusEl.textContent = text;
  }

  function setConnection(state, text) {
    if (connState.state === state && connState.text === text && !notice) return;
    connState = { state: state, text: text };
    if (state !== "ok") clearNotice(false); // a lost connection matters more than a hint
    paintStatus();
  }

  function showNotice(text, state, ms) {
    clearTimeout(noticeTimer);
    notice = { text: text, state: state || "notice" };
    paintStatus();
    if (ms) noticeTimer = setTimeout(function () { clearNotice(true); }, ms);
  }

  function clearNotice(repaint) {
    clearTimeout(noticeTimer);
    noticeTimer = null;
    if (!notice) return;
    notice = null;
    if (repaint) paintStatus();
  }

  // ---------------------------------------------------------------- rendering

  function nearBottom() {
    return logEl.scrollHeight - logEl.scrollTop - logEl.clientHeight < 80;
  }

  function reveal(node, force) {
    if (!force && !nearBottom()) return;
    var behavior = reducedMotion() ? "auto" : "smooth";
    // A long bot message: show its beginning, not its end.
    if (node && node.offsetHeight > logEl.clientHeight) {
      var top = node.offsetTop - logEl.offsetTop - 8;
      logEl.scrollTo({ top: top, behavior: behavior });
    } else {
      logEl.scrollTo({ top: logEl.scrollHeight, behavior: behavior });
    }
  }

  function renderBot(entry) {
    var row = make("div", "msg msg--bot");
    row.setAttribute("data-key", botKey(entry.sid, entry.id));
    row.setAttribute("data-id", String(entry.id));

    var who = make("span", "visually-hidden", tr("bot") + ": ");
    who.lang = doc.documentElement.lang;
    row.appendChild(who);

    var bubble = make("p", "msg__bubble", entry.text);
    if (entry.lang) bubble.lang = entry.lang;
    if (entry.dir) bubble.dir = entry.dir;
    row.appendChild(bubble);

    if (entry.buttons && entry.buttons.length) {
      var group = make("div", "msg__choices");
      group.setAttribute("role", "group");
      group.setAttribute("aria-label", tr("choices"));
      if (entry.lang) group.lang = entry.lang;
      if (entry.dir) group.dir = entry.dir;
      entry.buttons.forEach(function (button, index) {
        var btn = make("button", "choice", button.label);
        btn.type = "button";
        btn.setAttribute("data-index", String(index));
        if (entry.closed) btn.disabled = true;
        if (entry.chosen === index) btn.classList.add("is-chosen");
        group.appendChild(btn);
      });
      row.appendChild(group);
    }
    return row;
  }

  function renderMine(entry) {
    var row = make("div", "msg msg--me");
    row.setAttribute("data-cid", entry.id);
    row.appendChild(make("span", "visually-hidden", tr("you") + ": "));
    var bubble = make("p", "msg__bubble", entry.text);
    bubble.dir = "auto";
    row.appendChild(bubble);
    if (entry.pending) row.classList.add("is-pending");
    return row;
  }

  function mineRow(cid) {
    var rows = logEl.querySelectorAll(".msg--me");
    for (var i = rows.length - 1; i >= 0; i--) {
      if (rows[i].getAttribute("data-cid") === cid) return rows[i];
    }
    return null;
  }

  function markSlow(cid) {
    var row = mineRow(cid);
    if (!row || !row.classList.contains("is-pending") || row.classList.contains("is-slow")) return;
    row.classList.add("is-slow");
    row.appendChild(make("p", "msg__note", tr("not_sent_yet")));
  }

  function markConfirmed(cid) {
    var row = mineRow(cid);
    if (!row) return;
    row.classList.remove("is-pending", "is-slow");
    var note = row.querySelector(".msg__note");
    if (note) note.remove();
  }

  // Only the buttons of the newest bot message stay active.
  function closeAllChoices() {
    var changed = false;
    entries.forEach(function (entry) {
      if (entry.who === "bot" && entry.buttons && entry.buttons.length && !entry.closed) {
        entry.closed = true;
        changed = true;
      }
    });
    var active = logEl.querySelectorAll(".choice:not([disabled])");
    var hadFocus = false;
    Array.prototype.forEach.call(active, function (btn) {
      if (btn === doc.activeElement) hadFocus = true;
      btn.disabled = true;
    });
    if (hadFocus) logEl.focus({ preventScroll: true });
    return changed;
  }

  // ---------------------------------------------------------------- connection

  var ws = null;
  var ready = false; // true once the server answered hello with a session
  var attempt = 0;
  var reconnectTimer = null;

  function socketUrl() {
    var path = typeof config.ws_url_path === "string" && config.ws_url_path ? config.ws_url_path : "/ws/chat";
    if (/^wss?:\/\//i.test(path)) return path;
    if (path.charAt(0) !== "/") path = "/" + path;
    return (window.location.protocol === "https:" ? "wss://" : "ws://") + window.location.host + path;
  }

  function isOpen() {
    return !!(ws && ready && ws.readyState === WebSocket.OPEN);
  }

  function sendRaw(message) {
    if (!isOpen()) return false;
    try {
      ws.send(JSON.stringify(message));
      return true;
    } catch (e) {
      showNotice(tr("send_failed"), "error", NOTICE_MS);
      return false;
    }
  }

  function connect() {
    if (exiting) return;
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    if (ws && (ws.readyState === WebSocket.OPEN || ws.readyState === WebSocket.CONNECTING)) return;
    var sock;
    try {
      sock = new WebSocket(socketUrl());
    } catch (e) {
      scheduleReconnect();
      return;
    }
    ws = sock;
    ready = false;
    sock.onopen = function () {
      if (sock !== ws) return;
      sock.send(JSON.stringify({ type: "hello", sid: sid || null, lang: document.documentElement.lang || navigator.language || null }));
    };
    sock.onmessage = function (event) {
      if (sock !== ws || exiting) return;
      handle(event.data);
    };
    sock.onclose = function () {
      if (sock !== ws) return;
      ws = null;
      ready = false;
      if (exiting) return;
      setConnection("lost", navigator.onLine === false ? tr("offline") : tr("reconnecting"));
      scheduleReconnect();
    };
    sock.onerror = function () {
      /* a close event follows; reconnecting happens there */
    };
  }

  function scheduleReconnect() {
    if (exiting || reconnectTimer) return;
    var delay = Math.min(BACKOFF_MAX_MS, BACKOFF_START_MS * Math.pow(2, attempt));
    attempt += 1;
    reconnectTimer = setTimeout(function () {
      reconnectTimer = null;
      connect();
    }, delay);
  }

  function reconnectNow() {
    if (exiting || ws) return;
    clearTimeout(reconnectTimer);
    reconnectTimer = null;
    connect();
  }

  function dropSocket() {
    // Used when the server stops confirming: a half-open connection on a
    // mobile network often never fires "close" by itself.
    if (!ws) return;
    var old = ws;
    try {
      old.close(4000, "no confirmation");
    } catch (e) {
      /* ignore */
    }
  }

  function handle(raw) {
    var msg;
    try {
      msg = JSON.parse(raw);
    } catch (e) {
      return;
    }
    if (!msg || typeof msg !== "object") return;
    switch (msg.type) {
      case "session":
        if (typeof msg.sid === "string" && msg.sid) {
          sid = msg.sid;
          store.set(KEY_SID, sid);
        }
        ready = true;
        attempt = 0;
        setConnection("ok", tr("connected"));
        outbox.forEach(sendRaw); // resend unconfirmed messages, same ids
        break;
      case "received":
        confirm(msg.id);
        break;
      case "message":
        onBotMessage(msg);
        break;
      case "error":
        showNotice(typeof msg.text === "string" && msg.text ? msg.text : tr("send_failed"), "error", 0);
        break;
      default:
        break;
    }
  }

  function confirm(cid) {
    if (typeof cid !== "string") return;
    var before = outbox.length;
    outbox = outbox.filter(function (m) { return m.id !== cid; });
    if (outbox.length !== before) saveOutbox();
    var changed = false;
    entries.forEach(function (entry) {
      if (entry.who === "me" && entry.id === cid && entry.pending) {
        entry.pending = false;
        changed = true;
      }
    });
    if (changed) saveLog();
    markConfirmed(cid);
  }

  function onBotMessage(msg) {
    var id = msg.id;
    if (typeof id !== "number" && typeof id !== "string") return;
    var key = botKey(sid, id);
    if (!seen.has(key)) {
      seen.add(key);
      var buttons = Array.isArray(msg.buttons)
        ? msg.buttons
            .filter(function (b) { return b && typeof b === "object" && b.data !== undefined && b.data !== null; })
            .map(function (b) {
              return { data: String(b.data), label: String(b.label !== undefined && b.label !== null ? b.label : b.data) };
            })
        : [];
      var entry = {
        who: "bot",
        sid: sid,
        id: id,
        text: typeof msg.text === "string" ? msg.text : msg.text == null ? "" : String(msg.text),
        buttons: buttons,
        lang: typeof msg.lang === "string" ? msg.lang : "",
        dir: cleanDir(msg.dir),
        closed: false,
        chosen: null
      };
      var force = nearBottom();
      closeAllChoices();
      entries.push(entry);
      saveLog();
      var row = renderBot(entry);
      logEl.appendChild(row);
      if (notice && notice.state === "error") clearNotice(true);
      reveal(row, force);
    }
    // Acknowledge duplicates too, so the server stops redelivering them.
    sendRaw({ type: "ack", id: id });
  }

  // ---------------------------------------------------------------- sending

  function watchPending(cid) {
    setTimeout(function () { markSlow(cid); }, SLOW_AFTER_MS);
    setTimeout(function () {
      var stillWaiting = outbox.some(function (m) { return m.id === cid; });
      if (!stillWaiting || exiting) return;
      showNotice(tr("send_failed"), "error", NOTICE_MS);
      if (isOpen()) dropSocket(); // reconnect; the outbox is resent after the new hello
    }, FAILED_AFTER_MS);
  }

  function sendOwn(message, shownText) {
    var entry = { who: "me", id: message.id, text: shownText, pending: true };
    entries.push(entry);
    saveLog();
    var row = renderMine(entry);
    logEl.appendChild(row);
    reveal(row, true);
    outbox.push(message);
    saveOutbox();
    sendRaw(message);
    watchPending(message.id);
  }

  function onChoice(btn) {
    var row = btn.closest(".msg--bot");
    if (!row || btn.disabled) return;
    var key = row.getAttribute("data-key");
    var entry = null;
    for (var i = entries.length - 1; i >= 0; i--) {
      if (entries[i].who === "bot" && botKey(entries[i].sid, entries[i].id) === key) {
        entry = entries[i];
        break;
      }
    }
    var index = Number(btn.getAttribute("data-index"));
    if (!entry || entry.closed || !entry.buttons[index]) return;
    var choice = entry.buttons[index];
    entry.closed = true;
    entry.chosen = index;
    var hadFocus = row.contains(doc.activeElement);
    btn.classList.add("is-chosen");
    Array.prototype.forEach.call(row.querySelectorAll(".choice"), function (b) { b.disabled = true; });
    // Keep keyboard focus inside the conversation: the next Tab lands on the
    // newest active button.
    if (hadFocus) logEl.focus({ preventScroll: true });
    sendOwn({ type: "button", id: uuid(), data: choice.data }, choice.label);
  }

  function submitText() {
    if (exiting) return;
    var text = input.value.trim();
    if (!text) {
      showNotice(tr("empty"), "notice", NOTICE_MS);
      input.focus();
      return;
    }
    var count = charCount(text);
    if (count > maxLength) {
      showNotice(tr("too_long", { count: count, max: maxLength }), "error", NOTICE_MS);
      updateCounter();
      input.focus();
      return;
    }
    input.value = "";
    autosize();
    updateCounter();
    sendOwn({ type: "text", id: uuid(), text: text }, text);
  }

  // ---------------------------------------------------------------- input box

  function autosize() {
    input.style.height = "auto";
    var style = window.getComputedStyle(input);
    var borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
    input.style.height = input.scrollHeight + borders + "px";
  }

  function updateCounter() {
    var count = charCount(input.value);
    var left = maxLength - count;
    if (left < 0) {
      counterEl.hidden = false;
      counterEl.textContent = tr("too_long", { count: count, max: maxLength });
      counterEl.classList.add("is-over");
      input.setAttribute("aria-invalid", "true");
    } else if (left <= COUNTER_FROM) {
      counterEl.hidden = false;
      counterEl.textContent = tr("chars_left", { n: left });
      counterEl.classList.remove("is-over");
      input.removeAttribute("aria-invalid");
    } else {
      counterEl.hidden = true;
      counterEl.textContent = "";
      counterEl.classList.remove("is-over");
      input.removeAttribute("aria-invalid");
    }
  }

  // ---------------------------------------------------------------- quick exit

  function exitUrl() {
    var url = config.quick_exit_url || (exitButton && exitButton.getAttribute("data-url")) || "";
    if (!url || /^\s*(javascript|data|vbscript):/i.test(url)) url = "https://www.google.com/";
    return url;
  }

  function quickExit() {
    var target = exitUrl();
    exiting = true;
    clearTimeout(reconnectTimer);
    clearTimeout(noticeTimer);
    if (ws) {
      var old = ws;
      ws = null;
      old.onclose = null;
      old.onmessage = null;
      try {
        old.close(1000, "quick exit");
      } catch (e) {
        /* ignore */
      }
    }
    store.clear();
    try {
      doc.title = "";
      while (doc.body.firstChild) doc.body.removeChild(doc.body.firstChild);
    } catch (e) {
      /* ignore */
    }
    window.location.replace(target);
  }

  var lastEscape = 0;
  doc.addEventListener(
    "keydown",
    function (event) {
      if (event.key !== "Escape" && event.key !== "Esc") return;
      var now = Date.now();
      if (now - lastEscape <= ESCAPE_WINDOW_MS) {
        event.preventDefault();
        quickExit();
      } else {
        lastEscape = now;
      }
    },
    true
  );

  if (exitButton) {
    exitButton.addEventListener("click", function (event) {
      event.preventDefault();
      quickExit();
    });
  }

  // ---------------------------------------------------------------- wiring

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    submitText();
  });

  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.shiftKey || event.altKey) return;
    if (event.isComposing || event.keyCode === 229) return; // IME still composing
    event.preventDefault();
    submitText();
  });

  input.addEventListener("input", function () {
    autosize();
    updateCounter();
  });

  logEl.addEventListener("click", function (event) {
    var btn = event.target.closest ? event.target.closest("button.choice") : null;
    if (btn && logEl.contains(btn)) onChoice(btn);
  });

  window.addEventListener("online", reconnectNow);
  window.addEventListener("offline", function () {
    if (!ws) setConnection("lost", tr("offline"));
  });
  doc.addEventListener("visibilitychange", function () {
    if (doc.visibilityState === "visible") reconnectNow();
  });
  window.addEventListener("pageshow", function (event) {
    if (event.persisted) reconnectNow();
  });

  // ---------------------------------------------------------------- start

  function restore() {
    var waiting = new Set(outbox.map(function (m) { return m.id; }));
    var frag = doc.createDocumentFragment();
    var lastBot = -1;
    entries = entries.filter(function (e) { return e && (e.who === "bot" || e.who === "me"); });
    entries.forEach(function (entry, index) {
      if (entry.who === "bot") lastBot = index;
    });
    entries.forEach(function (entry, index) {
      if (entry.who === "bot") {
        seen.add(botKey(entry.sid, entry.id));
        entry.buttons = Array.isArray(entry.buttons) ? entry.buttons : [];
        if (index !== lastBot) entry.closed = true;
        frag.appendChild(renderBot(entry));
      } else {
        entry.pending = waiting.has(entry.id);
        frag.appendChild(renderMine(entry));
        if (entry.pending) watchPending(entry.id);
      }
    });
    logEl.appendChild(frag);
    logEl.scrollTop = logEl.scrollHeight;
  }

  restore();
  paintStatus();
  autosize();
  updateCounter();
  connect();
})();
