// Runs node-routeros (a third-party RouterOS API client) against a router given on the command
// line and prints one JSON object with what it saw. Used by the simulator's interop tests.
'use strict';
const { RouterOSAPI } = require('node-routeros');

async function main() {
  const [host, port, user, password] = process.argv.slice(2);
  const api = new RouterOSAPI({ host, port: Number(port), user, password, timeout: 10, keepalive: false });
  const out = {};
  await api.connect();
  out.identity = (await api.write('/system/identity/print'))[0].name;
  out.added = await api.write('/ip/hotspot/user/add', ['=name=interop-1', '=password=pw1', '=comment=from node']);
  out.users = await api.write('/ip/hotspot/user/print', ['?name=interop-1', '=.proplist=.id,name,comment']);
  try {
    await api.write('/ip/hotspot/user/add', ['=name=interop-1', '=password=pw2']);
    out.duplicateTrap = null;
  } catch (e) {
    out.duplicateTrap = e.message;
  }
  try {
    await api.write('/ip/adress/print');
    out.unknownMenuTrap = null;
  } catch (e) {
    out.unknownMenuTrap = e.message;
  }
  out.resource = (await api.write('/system/resource/print'))[0];
  await api.close();
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((e) => {
  process.stdout.write(JSON.stringify({ error: String(e && (e.message || e.errno || e)) }) + '\n');
  process.exit(1);
});
