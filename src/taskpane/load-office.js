/*
 * Loads office.js only where an Office host opened the pane. In a plain browser office.js finds no host and
 * frames Microsoft's telemetry page, which the pane's strict policy (default-src 'self') refuses with a console
 * error. Without office.js the pane shows «Откройте надстройку в Excel» (boot.ts), quietly.
 *
 * A host is recognised by the same signs office.js reads (its host-info lookup): window.external.GetHostInfo or
 * agaveHost (desktop hosts), the _host_Info parameter of the first load, the copy it keeps for reloads
 * (window.name JSON, sessionStorage «hostInfoValue»); and by the WebView2 / WKWebView bridges, the old IE host's
 * window.external.GetContext, or a parent frame (Excel on the web, dialogs).
 * A plain script (not a module), run before the pane's bundle: document.write keeps office.js ahead of it.
 */
/* global window, document */
(function () {
  "use strict";
  var self = document.currentScript || document.querySelector("script[data-office-js]");
  var src = self && self.getAttribute("data-office-js");
  if (!src) return;
  function has(fn) {
    try {
      return !!fn();
    } catch (e) { // eslint-disable-line @typescript-eslint/no-unused-vars -- ES5: no optional catch binding
      return false;
    }
  }
  var hosted =
    has(function () { return /[?&#]_host_Info=/i.test(window.location.search + window.location.hash); }) ||
    has(function () { return window.sessionStorage.getItem("hostInfoValue"); }) ||
    has(function () { return /host_?info|excel\|/i.test(window.name); }) ||
    has(function () { return window.chrome && window.chrome.webview; }) ||
    has(function () { return window.webkit && window.webkit.messageHandlers && window.webkit.messageHandlers.Agave; }) ||
    has(function () { return window.external && typeof window.external.GetContext !== "undefined"; }) ||
    has(function () { return window.external && typeof window.external.GetHostInfo !== "undefined"; }) ||
    has(function () { return typeof window.agaveHost !== "undefined"; }) ||
    has(function () { return window.parent !== window || window.opener; });
  if (hosted) document.write('<script src="' + src.replace(/"/g, "&quot;") + '"></scr' + 'ipt>');
})();
