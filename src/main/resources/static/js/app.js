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

  // The picker (fragments/picker.html): a candidate's button fills the hidden input and the text.
  document.addEventListener('click', function (event) {
    var button = event.target instanceof Element ? event.target.closest('[data-pick-value]') : null;
    if (!button) {
      return;
    }
    var picker = button.closest('.picker');
    if (!picker) {
      return;
    }
    var hidden = picker.querySelector('input[type="hidden"]');
    var text = picker.querySelector('input[type="search"]');
    if (hidden) {
      hidden.value = button.getAttribute('data-pick-value');
    }
    if (text) {
      text.value = button.getAttribute('data-pick-label');
    }
    var list = picker.querySelector('.picker-candidates');
    if (list) {
      list.innerHTML = '';
    }
  });

  // Typing again in a picker forgets the choice until a candidate is chosen.
  document.addEventListener('input', function (event) {
    var target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'search' && target.closest('.picker')) {
      var hidden = target.closest('.picker').querySelector('input[type="hidden"]');
      if (hidden) {
        hidden.value = '';
      }
    }
  });

  // A form marked data-confirm asks first, in words that give the consequence (an irreversible step).
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form instanceof HTMLFormElement && form.hasAttribute('data-confirm')
        && !window.confirm(form.getAttribute('data-confirm'))) {
      event.preventDefault();
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

    // Several series per label: data-series names them, data-values holds one array per series.
    // "stacked" draws horizontal stacked bars (one per unit), "line" a line per series (months).
    document.querySelectorAll('[data-chart="stacked"], [data-chart="line"]').forEach(function (el) {
      var labels = JSON.parse(el.getAttribute('data-labels') || '[]');
      var names = JSON.parse(el.getAttribute('data-series') || '[]');
      var values = JSON.parse(el.getAttribute('data-values') || '[]');
      var stacked = el.getAttribute('data-chart') === 'stacked';
      el.classList.add('chart-ready');
      if (stacked) {
        // One band per unit: the height grows with the number of units (CSSOM, which the CSP allows).
        el.style.height = Math.max(12, 4 + labels.length * 1.7) + 'rem';
      }
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      var longest = labels.reduce(function (max, l) { return Math.max(max, l.length); }, 0);
      var series = names.map(function (name, i) {
        return stacked
          ? { type: 'bar', name: name, stack: 'all', data: values[i] || [], barMaxWidth: 22 }
          : { type: 'line', name: name, data: values[i] || [], symbolSize: 6 };
      });
      chart.setOption({
        color: stacked ? ['#b3121d', '#e08a00', '#2f6fb0', '#8a4fb3', '#2e8b57'] : ['#2f6fb0', '#2e8b57', '#b3121d'],
        legend: { top: 0 },
        grid: stacked
          ? { left: Math.min(320, 16 + longest * 7.5), right: 32, top: 40, bottom: 24, containLabel: false }
          : { left: 48, right: 32, top: 40, bottom: 32 },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        xAxis: stacked ? { type: 'value', minInterval: 1 } : { type: 'category', data: labels },
        yAxis: stacked ? { type: 'category', data: labels, inverse: true } : { type: 'value', minInterval: 1 },
        series: series
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  });
})();
