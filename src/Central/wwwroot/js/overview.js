// The overview: map of the sites, fleet charts, live refresh of the table and tiles, sorting without reload.
(function () {
  'use strict';
  var K = window.KimDash;
  var table = document.getElementById('overview-table');
  if (!table) { return; }
  var body = table.tBodies[0];
  var markers = {};

  function rows() { return Array.prototype.slice.call(body.querySelectorAll('tr[data-site]')); }

  function drawMap() {
    var el = document.getElementById('site-map');
    if (!el || !window.L) { return; }
    var map = L.map(el, { zoomControl: true, attributionControl: !!el.dataset.tiles, preferCanvas: true });
    if (el.dataset.tiles) {
      L.tileLayer(el.dataset.tiles, { maxZoom: 18, attribution: el.dataset.attribution || '' }).addTo(map);
    }
    var points = [], kecamatan = {};
    rows().forEach(function (tr) {
      var lat = parseFloat(tr.dataset.lat), lon = parseFloat(tr.dataset.lon);
      if (isNaN(lat) || isNaN(lon)) { return; }
      var status = tr.dataset.status;
      var m = L.circleMarker([lat, lon], { radius: 7, weight: 1, color: '#1d2630', fillColor: K.colours[status], fillOpacity: 0.9 });
      var link = tr.querySelector('a[href^="/sites/"]');
      m.bindTooltip(tr.dataset.name);
      m.bindPopup(function () {
        var box = document.createElement('div'), a = document.createElement('a'), st = document.createElement('div');
        a.href = link.getAttribute('href');
        a.textContent = tr.dataset.name;
        st.textContent = tr.querySelector('[data-f=statusText]').textContent;
        box.appendChild(a);
        box.appendChild(st);
        return box;
      });
      m.addTo(map);
      markers[tr.dataset.site] = m;
      points.push([lat, lon]);
      var k = tr.dataset.kecamatan;
      if (k) { (kecamatan[k] = kecamatan[k] || []).push([lat, lon]); }
    });
    Object.keys(kecamatan).forEach(function (k) {
      var list = kecamatan[k], lat = 0, lon = 0;
      list.forEach(function (p) { lat += p[0]; lon += p[1]; });
      var label = document.createElement('span');
      label.textContent = k;
      L.marker([lat / list.length, lon / list.length], {
        interactive: false, keyboard: false,
        icon: L.divIcon({ className: 'kec-label', html: label.outerHTML, iconSize: null })
      }).addTo(map);
    });
    if (points.length) { map.fitBounds(points, { padding: [20, 20], maxZoom: 13 }); } else { map.setView([0.73, 124.32], 11); }
    K.map = map;
    K.markers = markers;
  }

  function drawFleet() {
    var users = document.getElementById('fleet-users'), traffic = document.getElementById('fleet-traffic');
    if (!users || !window.Chart) { return; }
    K.getJson(table.dataset.fleet).then(function (s) {
      K.charts.fleetUsers = K.lineChart(users, s.labels, [{ label: users.dataset.label, data: s.users, colour: '#1f5f99', fill: true }]);
      K.charts.fleetTraffic = K.lineChart(traffic, s.labels, [
        { label: traffic.dataset.labelIn, data: s.bytesIn, colour: '#1e7b4f' },
        { label: traffic.dataset.labelOut, data: s.bytesOut, colour: '#a86400' }
      ], K.bytes);
      document.body.setAttribute('data-fleet-drawn', '1');
    }).catch(function () { /* charts stay empty; the table still works */ });
  }

  function applyLive(data) {
    var byId = {};
    data.sites.forEach(function (s) { byId[s.id] = s; });
    rows().forEach(function (tr) {
      var s = byId[tr.dataset.site];
      if (!s) { return; }
      K.setStatusClass(tr, s.status);
      K.fill(tr, { statusText: s.statusText, reason: s.reason, lastSeenText: s.lastSeenText, uptimeText: s.uptimeText,
        users: s.users, bytesTodayText: s.bytesTodayText, openAlerts: s.openAlerts });
      tr.querySelector('[data-k=status]').dataset.v = { offline: 0, stale: 1, unknown: 2, online: 3 }[s.status];
      tr.querySelector('[data-k=users]').dataset.v = s.users === null ? -1 : s.users;
      tr.querySelector('[data-k=bytes]').dataset.v = s.bytesToday;
      tr.querySelector('[data-k=alerts]').dataset.v = s.openAlerts;
      var m = markers[s.id];
      if (m) { m.setStyle({ fillColor: K.colours[s.status] }); }
    });
    document.querySelectorAll('[data-tile]').forEach(function (el) {
      var v = data.tiles[el.dataset.tile];
      if (v !== undefined) { el.textContent = typeof v === 'number' ? K.number(v) : v; }
    });
    document.body.setAttribute('data-live-at', data.at);
  }

  // Sorting in the browser (the links still work without JavaScript).
  var sortState = {};
  table.querySelectorAll('th a[data-sort]').forEach(function (a) {
    a.addEventListener('click', function (e) {
      e.preventDefault();
      var key = a.dataset.sort, desc = sortState.key === key ? !sortState.desc : false;
      sortState = { key: key, desc: desc };
      var list = rows();
      list.sort(function (x, y) {
        var cx = x.querySelector('[data-k=' + key + ']'), cy = y.querySelector('[data-k=' + key + ']');
        var r = cx.dataset.v !== undefined
          ? parseFloat(cx.dataset.v) - parseFloat(cy.dataset.v)
          : cx.textContent.trim().localeCompare(cy.textContent.trim(), K.lang);
        return desc ? -r : r;
      });
      list.forEach(function (tr) { body.appendChild(tr); });
      var url = new URL(a.href, window.location.href);
      url.searchParams.set('dir', desc ? 'desc' : 'asc');
      window.history.replaceState(null, '', url.pathname + url.search);
    });
  });

  var filter = document.getElementById('overview-filter');
  if (filter) {
    filter.querySelectorAll('select, input[type=checkbox]').forEach(function (el) {
      el.addEventListener('change', function () { filter.submit(); });
    });
  }

  drawMap();
  drawFleet();
  K.poll(table.dataset.api, parseInt(table.dataset.poll, 10) || 15000, applyLive);
})();
