// Live updates for the console: listen to server-sent events and reload only the parts that
// changed (the queue rows, new messages). Parents' text arrives as server-escaped HTML.
(function () {
  "use strict";
  var queue = document.getElementById("queue-rows");
  var messages = document.getElementById("messages");
  var alertBox = document.getElementById("live-alert");
  var alerts = document.getElementById("alerts");
  if (!queue && !messages) return;

  function lastId() {
    var items = messages.querySelectorAll("li[data-id]");
    return items.length ? items[items.length - 1].getAttribute("data-id") : "0";
  }

  function refreshQueue() {
    fetch("/admin/queue", { credentials: "same-origin" }).then(function (r) {
      if (r.ok) return r.text();
      throw new Error(r.status);
    }).then(function (html) { queue.innerHTML = html; }).catch(function () {});
    if (alerts) refreshAlerts();
  }

  // Requests nobody took in time; keep focus if it was on a button that is replaced.
  function refreshAlerts() {
    fetch("/admin/alerts", { credentials: "same-origin" }).then(function (r) {
      if (r.ok) return r.text();
      throw new Error(r.status);
    }).then(function (html) {
      var focused = document.activeElement && alerts.contains(document.activeElement) ? document.activeElement.closest("li[data-alert]") : null;
      var key = focused ? focused.getAttribute("data-alert") : null;
      alerts.innerHTML = html;  // server-rendered and escaped
      if (key) {
        var again = alerts.querySelector('li[data-alert="' + key + '"] button');
        if (again) again.focus();
      }
    }).catch(function () {});
  }

  function refreshMessages() {
    var handoff = messages.getAttribute("data-handoff");
    fetch("/admin/conversations/" + handoff + "/messages?after=" + lastId(), { credentials: "same-origin" })
      .then(function (r) { if (r.ok) return r.text(); throw new Error(r.status); })
      .then(function (html) {
        if (!html.trim()) return;
        var incoming = document.createElement("template");
        incoming.innerHTML = html;  // server-rendered and escaped
        Array.prototype.forEach.call(incoming.content.querySelectorAll("li[data-id]"), function (item) {
          // Two refreshes can overlap: add each message once.
          if (!messages.querySelector('li[data-id="' + item.getAttribute("data-id") + '"]')) messages.appendChild(item);
        });
        messages.parentNode.scrollTop = messages.parentNode.scrollHeight;
      }).catch(function () {});
  }

  function announce(attribute) {
    alertBox.textContent = alertBox.getAttribute(attribute);
    alertBox.hidden = false;
    document.title = "(!) " + document.title.replace(/^\(!\) /, "");
  }

  function urgent() { announce("data-text"); }

  var source = new EventSource("/admin/events");
  // Whatever changed before the stream was listening is fetched once it is.
  source.addEventListener("open", function () { if (queue) refreshQueue(); if (messages) refreshMessages(); });
  source.addEventListener("queue", function () { if (queue) refreshQueue(); });
  source.addEventListener("urgent", function () { urgent(); if (queue) refreshQueue(); if (messages) refreshMessages(); });
  // A request waits too long: say so assertively, like an urgent one.
  source.addEventListener("alert", function () { announce("data-alert-text"); if (queue) refreshQueue(); });
  source.addEventListener("message", function (event) {
    if (!messages) return;
    var data = JSON.parse(event.data);
    if (data.conversation_id === "*" || String(data.conversation_id) === messages.getAttribute("data-conversation")) refreshMessages();
  });
  if (messages) messages.parentNode.scrollTop = messages.parentNode.scrollHeight;
})();

// Canned replies: put the text, in the parent's language, in the message box.
(function () {
  "use strict";
  var box = document.getElementById("text");
  if (!box) return;
  document.querySelectorAll(".canned-reply").forEach(function (button) {
    button.addEventListener("click", function () {
      box.value = button.getAttribute("data-text");
      box.focus();
    });
  });
})();
