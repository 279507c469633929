// A site page: charts of the chosen range (switchable without reload), the availability timeline, live header.
(function () {
  'use strict';
  var K = window.KimDash;
  var head = document.getElementById('site-status');
  var data = document.getElementById('site-series');
  if (!head || !data || !window.Chart) { return; }
  var series = JSON.parse(data.textContent);
  var el = function (id) { return document.getElementById(id); };
  var percent = function (v) { return K.number(v) + ' %'; };

  var users = el('chart-users'), traffic = el('chart-traffic'), cpu = el('chart-cpu'), memory = el('chart-memory');
  K.charts.users = K.lineChart(users, series.labels, [{ label: users.dataset.label, data: series.users, colour: '#1f5f99', fill: true }]);
  K.charts.traffic = K.lineChart(traffic, series.labels, [
    { label: traffic.dataset.labelIn, data: series.bytesIn, colour: '#1e7b4f' },
    { label: traffic.dataset.labelOut, data: series.bytesOut, colour: '#a86400' }
  ], K.bytes);
  K.charts.cpu = K.lineChart(cpu, series.labels, [{ label: cpu.dataset.label, data: series.cpu, colour: '#b42318' }], percent);
  K.charts.memory = K.lineChart(memory, series.labels, [{ label: memory.dataset.label, data: series.memoryUsedPercent, colour: '#6b4fa0' }], percent);
  document.body.setAttribute('data-charts-drawn', series.range);

  function show(s) {
    K.setSeries(K.charts.users, s.labels, [s.users]);
    K.setSeries(K.charts.traffic, s.labels, [s.bytesIn, s.bytesOut]);
    K.setSeries(K.charts.cpu, s.labels, [s.cpu]);
    K.setSeries(K.charts.memory, s.labels, [s.memoryUsedPercent]);
    var timeline = el('timeline');
    timeline.textContent = '';
    s.timeline.forEach(function (state, i) {
      var span = document.createElement('span');
      span.className = state;
      span.title = s.labels[i];
      timeline.appendChild(span);
    });
    document.querySelector('[data-s=total]').textContent = K.bytes(s.totalBytes);
    document.querySelector('[data-s=span]').textContent = s.labels[0] + ' – ' + s.labels[s.labels.length - 1];
    document.querySelector('[data-s=peak]').textContent = K.number(s.peakUsers);
    document.querySelector('[data-s=uptime]').textContent = s.uptimePercent === null ? '—' : percent(s.uptimePercent);
    document.body.setAttribute('data-charts-drawn', s.range);
  }

  document.querySelectorAll('.ranges a[data-range]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      K.getJson(head.dataset.api + '/series?range=' + a.dataset.range).then(function (s) {
        show(s);
        document.querySelectorAll('.ranges a').forEach(function (x) { x.removeAttribute('aria-current'); });
        a.setAttribute('aria-current', 'page');
        window.history.replaceState(null, '', '?range=' + a.dataset.range);
      }).catch(function () { window.location.href = a.href; });
    });
  });

  K.poll(head.dataset.api, parseInt(head.dataset.poll, 10) || 15000, function (live) {
    K.setStatusClass(head, live.status);
    K.fill(document, {
      statusText: live.statusText, reason: live.reason, lastSeenText: live.lastSeenText, uptimeText: live.uptimeText,
      users: live.users, cpuPercent: live.cpuPercent === null ? null : live.cpuPercent + ' %',
      memoryUsedPercent: live.memoryUsedPercent === null ? null : percent(live.memoryUsedPercent),
      openAlerts: live.openAlerts, outboxDepth: live.outboxDepth, oldestUnsentText: live.oldestUnsentText,
      droppedReports: live.droppedReports, clockOffsetMs: live.clockOffsetMs === null ? null : K.number(live.clockOffsetMs) + ' ms'
    });
  });
})();
