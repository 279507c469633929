// KimHotspot Central dashboard: shared helpers for overview.js and site.js (Chart.js and Leaflet come from /lib).
(function () {
  'use strict';
  var lang = document.documentElement.lang === 'en' ? 'en' : 'id-ID';
  var units = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'];
  var colours = { online: '#1e7b4f', stale: '#d99a00', offline: '#b42318', unknown: '#9aa5b1' };

  function bytes(n) {
    if (n === null || n === undefined) { return '—'; }
    var v = n, u = 0;
    while (Math.abs(v) >= 1000 && u < units.length - 1) { v /= 1000; u++; }
    var digits = u === 0 || Math.abs(v) >= 100 ? 0 : 1;
    return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(v) + ' ' + units[u];
  }

  function number(n) { return n === null || n === undefined ? '—' : new Intl.NumberFormat(lang).format(n); }

  // A point with no neighbours draws no line: show it as a dot so a single report is still visible.
  function lonePoint(ctx) {
    var data = ctx.dataset.data, i = ctx.dataIndex;
    var none = function (v) { return v === null || v === undefined; };
    return !none(data[i]) && none(data[i - 1]) && none(data[i + 1]) ? 3 : 0;
  }

  // A line chart with gaps where nothing was reported; datasets: [{ label, data, colour, fill }].
  function lineChart(canvas, labels, datasets, yFormat) {
    return new Chart(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: datasets.map(function (d) {
          return {
            label: d.label, data: d.data, borderColor: d.colour, backgroundColor: d.colour + '33',
            fill: !!d.fill, pointRadius: lonePoint, borderWidth: 2, spanGaps: false, tension: 0.2
          };
        })
      },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: {
          legend: { display: datasets.length > 1, labels: { boxWidth: 12 } },
          tooltip: { callbacks: { label: function (c) { return c.dataset.label + ': ' + (yFormat || number)(c.parsed.y); } } }
        },
        scales: {
          x: { ticks: { maxTicksLimit: 8, maxRotation: 0 } },
          y: { beginAtZero: true, ticks: { callback: function (v) { return (yFormat || number)(v); } } }
        }
      }
    });
  }

  function setSeries(chart, labels, data) {
    chart.data.labels = labels;
    data.forEach(function (d, i) { chart.data.datasets[i].data = d; });
    chart.update();
  }

  // GETs JSON; a session that ended answers with the login page: reload so the browser goes there.
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' }, credentials: 'same-origin' }).then(function (r) {
      var json = (r.headers.get('Content-Type') || '').indexOf('json') >= 0;
      if (r.redirected || !json) { window.location.reload(); throw new Error('signed out'); }
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    });
  }

  // Calls getJson(url) every `interval` ms (no overlap) and hands each answer to `apply`.
  function poll(url, interval, apply) {
    function tick() {
      getJson(url).then(apply).catch(function () { /* try again next time */ })
        .then(function () { window.setTimeout(tick, interval); });
    }
    window.setTimeout(tick, interval);
  }

  // Fills every [data-f=name] inside `root` with values[name] (text).
  function fill(root, values) {
    root.querySelectorAll('[data-f]').forEach(function (el) {
      var key = el.getAttribute('data-f');
      if (!(key in values)) { return; }
      var v = values[key];
      el.textContent = v === null || v === undefined || v === '' ? (key === 'reason' ? '' : '—') : (typeof v === 'number' ? number(v) : v);
    });
  }

  function setStatusClass(el, status) {
    el.classList.remove('st-online', 'st-stale', 'st-offline', 'st-unknown');
    el.classList.add('st-' + status);
    el.setAttribute('data-status', status);
  }

  window.KimDash = {
    lang: lang, colours: colours, bytes: bytes, number: number, lineChart: lineChart, setSeries: setSeries,
    getJson: getJson, poll: poll, fill: fill, setStatusClass: setStatusClass, charts: {}
  };
})();
