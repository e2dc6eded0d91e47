// Progressive enhancement only: every page works without this file.
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // htmx requests carry the CSRF token of the page.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // The header's unread count polls every minute, but only while someone uses the page: a poll
  // renews the session, and an unattended screen must still be signed out after the idle timeout
  // (XDD_SESSION_TIMEOUT). Hidden tabs and pages idle for five minutes stop asking.
  var lastActivity = Date.now();
  ['keydown', 'pointerdown', 'pointermove', 'scroll', 'focus'].forEach(function (type) {
    window.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true, capture: true });
  });
  document.addEventListener('htmx:beforeRequest', function (event) {
    var elt = event.detail.elt;
    if (elt && elt.id === 'notice-badge' && (document.hidden || Date.now() - lastActivity > 5 * 60 * 1000)) {
      event.preventDefault();
    }
  });

  // Once the session has ended the poll lands on the
  // login page, which must not be swapped into the header.
  document.addEventListener('htmx:beforeSwap', function (event) {
    var elt = event.detail.elt;
    if (elt && elt.id === 'notice-badge') {
      var xhr = event.detail.xhr;
      if (xhr.status !== 200 || (xhr.responseURL && xhr.responseURL.indexOf('/login') !== -1)
          || xhr.responseText.indexOf('id="notice-badge"') === -1) {
        event.detail.shouldSwap = false;
      }
    }
  });

  // A select marked data-autosubmit submits its form on change (the unit switcher).
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target instanceof HTMLSelectElement && target.hasAttribute('data-autosubmit') && target.form) {
      target.form.submit();
    }
  });

  // Charts: a container with data-chart="bar", data-labels and data-values (JSON arrays) becomes an
  // ECharts bar chart when the page loaded ECharts; the table next to it stays for printing and
  // for browsers without JavaScript.
  document.addEventListener('DOMContentLoaded', function () {
    if (!window.echarts) {
      return;
    }
    document.querySelectorAll('[data-chart="bar"]').forEach(function (el) {
      var labels = JSON.parse(el.getAttribute('data-labels') || '[]');
      var values = JSON.parse(el.getAttribute('data-values') || '[]');
      el.classList.add('chart-ready');
      // Canvas, and a tooltip drawn on it: no style attributes for the Content-Security-Policy to refuse.
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      // Room for the longest name: ECharts under-measures Vietnamese marks when fitting labels itself.
      var longest = labels.reduce(function (max, l) { return Math.max(max, l.length); }, 0);
      chart.setOption({
        color: ['#b3121d'],
        grid: { left: Math.min(320, 16 + longest * 7.5), right: 48, top: 16, bottom: 24, containLabel: false },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', data: labels, inverse: true },
        series: [{ type: 'bar', name: el.getAttribute('data-series') || '', data: values, barMaxWidth: 18,
          label: { show: true, position: 'right' } }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  });
})();
