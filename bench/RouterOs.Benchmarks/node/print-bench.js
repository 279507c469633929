// The same 5,000-row print as the .NET loopback benchmark, through node-routeros (a third-party
// client), so both clients are measured against one simulator in one run. Prints one JSON line:
// {"rows":N,"ms":[...]} with one wall-clock time per iteration (after warm-up).
'use strict';
const path = require('path');
const { RouterOSAPI } = require(path.join(__dirname, '../../../tests/Interop/node_modules/node-routeros'));

async function main() {
  const [port, password, iterations] = process.argv.slice(2);
  const api = new RouterOSAPI({ host: '127.0.0.1', port: Number(port), user: 'admin', password, timeout: 60, keepalive: false });
  await api.connect();
  const ms = [];
  let rows = 0;
  for (let i = 0; i < Number(iterations) + 5; i++) {
    const t0 = process.hrtime.bigint();
    const result = await api.write('/ip/hotspot/active/print');
    const t1 = process.hrtime.bigint();
    rows = result.length;
    if (i >= 5) ms.push(Number(t1 - t0) / 1e6);
  }
  await api.close();
  process.stdout.write(JSON.stringify({ rows, ms }) + '\n');
}

main().catch((e) => { process.stderr.write(String(e && e.message) + '\n'); process.exit(1); });
