// `npm run bench`: autocannon against the built sandbox (dist/server.mjs, the bundled server `npm start` runs) and a bare Hono ceiling
// (bench/bare.mjs), each in its own child process on 127.0.0.1. Measures Mews (add, getAll) and
// Forward (POST and GET /payment_intents). Prints requests/s and p50/p99 latency per run, the ratios
// to the same-size ceiling, cold start and idle RSS, and a PASS/FAIL line per target. Missing a
// target is not an error; the exit code is non-zero only when something broke (a server did not
// start or died, or a run, including the seeding run, saw errors, timeouts or non-2xx responses).
//
// Optional environment: BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 2),
// BENCH_NODE_ARGS (extra node flags for the measured sandbox servers A, B and Forward's C and D,
// e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const CONNECTIONS = 50;
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 2);
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
const CLOCK = '2026-01-01T00:00:00Z';
const COLD_STARTS = 5;
const BIG_DB = 100_000;
const BIG_ACCOUNT = 10_000; // Forward payment intents stored in one account (sandbox D)
const BATCH = 1000; // the most items one /add accepts
const MAX_REQUESTS = 1_000_000; // per autocannon run

// Targets (2-core machine, 50 connections).
const TARGET = { ratio: 0.5, p99Ms: 25, p50Growth: 2, coldStartMs: 300, rssMb: 100 };

// Mews request bodies. Tokens match /^[0-9A-F]{32}-[0-9A-F]{31}$/; each AccessToken is an enterprise.
const MEWS = '/api/connector/v1/paymentRequests';
const CLIENT_TOKEN = 'E0D439EE522F44368DC78E1BFB03710C-D24FB11DBE31D4621C4817E028D9E1D';
const TOKENS = {
  getAll: 'A0000000000000000000000000000001-B000000000000000000000000000001', // holds the 1,000
  add: 'A0000000000000000000000000000002-B000000000000000000000000000002', // empty database run
  big: 'A0000000000000000000000000000003-B000000000000000000000000000003', // holds the 100,000
};
const credentials = (token) => ({ ClientToken: CLIENT_TOKEN, AccessToken: token, Client: 'payment-sandbox bench 1.0' });
const paymentRequest = (i = 0) => ({
  AccountId: 'fadd5bb6-b428-45d5-94f8-fd0d89fece6d',
  Amount: { Currency: 'EUR', Value: 10 + (i % 100) / 100 },
  Type: 'Payment',
  Reason: 'PaymentCardMissing',
  ExpirationUtc: '2030-01-01T00:00:00Z', // well after the frozen sandbox clock
  Description: 'Payment required',
});
const addBody = (token, count = 1) =>
  JSON.stringify({ ...credentials(token), PaymentRequests: Array.from({ length: count }, (_, i) => paymentRequest(i)) });
const getAllBody = (token, count = 100) => JSON.stringify({ ...credentials(token), Limitation: { Count: count } });

// Forward requests: header credentials; an unseen x-account-id is provisioned on first use. The account ids
// have the same length, so every account's payment intents serialise to the same size.
const INTENTS = '/payment_intents';
const LIST_QUERY = '?limit=10'; // the default page size, newest first
const ACCOUNTS = {
  warm: 'acct_benchWarm0000', // warm-up runs of POST, so the measured accounts start from a known size
  empty: 'acct_benchEmpty000', // POST, empty at the start of the measured run
  big: 'acct_benchBig10000', // holds the 10,000 (sandbox D)
};
const forwardHeaders = (account) => ({ 'x-api-key': 'sk_bench_key', 'x-account-id': account, 'content-type': 'application/json' });
const INTENT_BODY = JSON.stringify({ amount: 1000 });
const createIntent = (account) => ({ method: 'POST', headers: forwardHeaders(account), body: INTENT_BODY });
const listIntents = (account) => ({ method: 'GET', headers: forwardHeaders(account) });

// ---------------------------------------------------------------------------------------------
// Child processes

const children = new Set();
let broken = false; // something failed (as opposed to a missed target)

/** A free loopback port (the OS picks it; released before the child binds it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Spawn `node <args>` from the project root; keeps the tail of its output for error messages. */
function startChild(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.label = name;
  child.output = '';
  const keep = (chunk) => (child.output = (child.output + chunk).slice(-4000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  children.add(child);
  child.exited.then((status) => {
    children.delete(child);
    if (!child.stopping) {
      broken = true;
      console.error(`\n  ERROR ${name} exited unexpectedly (${JSON.stringify(status)}):\n${child.output}`);
    }
  });
  return child;
}

/** SIGTERM (the sandbox flushes its database), SIGKILL after 10 s. */
async function stopChild(child) {
  if (!children.has(child)) return;
  child.stopping = true;
  child.kill('SIGTERM');
  const timer = setTimeout(() => {
    console.error(`  warning: ${child.label} ignored SIGTERM for 10 s; killing it`);
    child.kill('SIGKILL');
  }, 10_000);
  const status = await child.exited;
  clearTimeout(timer);
  if (status.code !== 0 && status.signal !== 'SIGTERM') console.error(`  warning: ${child.label} exited with ${JSON.stringify(status)}: ${child.output.slice(-500)}`);
}

/** One GET; resolves with the status code, or 0 if the connection failed. */
function probe(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('error', () => resolve(0));
  });
}

/** Poll `url` until it answers 200; returns the ms since `since`. Throws if the child exits first. */
async function waitFor200(child, url, since, timeoutMs = 30_000) {
  let exited = null;
  child.exited.then((status) => (exited = status));
  for (;;) {
    if ((await probe(url)) === 200) return performance.now() - since;
    if (exited) throw new Error(`${child.label} exited (${JSON.stringify(exited)}) before answering ${url}`);
    if (performance.now() - since > timeoutMs) throw new Error(`${child.label} did not answer ${url} within ${timeoutMs} ms:\n${child.output}`);
    await sleep(5);
  }
}

/** The environment for a sandbox child: inherited minus any sandbox settings, plus ours. */
function sandboxEnv(port, db) {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.startsWith('SANDBOX_')) delete env[key];
  return { ...env, PORT: String(port), HOST, SANDBOX_DB: db, SANDBOX_CLOCK: CLOCK, SANDBOX_SEED: '1', LOG_LEVEL: 'warn' };
}

async function startSandbox(name, db, nodeArgs = NODE_ARGS) {
  const port = await freePort();
  const since = performance.now();
  const child = startChild(name, [...nodeArgs, 'dist/server.mjs'], sandboxEnv(port, db));
  const startMs = await waitFor200(child, `http://${HOST}:${port}/__admin/health`, since);
  return { child, port, base: `http://${HOST}:${port}`, startMs };
}

async function vmRssMb(pid) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)[1]) / 1024;
}

// ---------------------------------------------------------------------------------------------
// HTTP helpers and measurement

/** POST JSON; throws unless 200. Returns the response body as text. */
async function postOk(url, body) {
  return requestOk(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
}

/** One request ({method, headers, body}); throws unless 200. Returns the response body as text. */
async function requestOk(url, req) {
  const res = await fetch(url, req);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`${req.method} ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return text;
}

/** The bench's usual request shape: a JSON POST of `body` (Mews), or a given {method, headers, body}. */
const asRequest = (body) => (typeof body === 'string' ? { method: 'POST', headers: { 'content-type': 'application/json' }, body } : body);

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One autocannon run of `seconds`, or of exactly `amount` requests when given. `body` is a JSON POST
 * body or a {method, headers, body} request. Latency percentiles come from every response's own time
 * (fractional ms).
 */
async function cannon(url, body, seconds, amount) {
  const latencies = [];
  const { method, headers, body: payload } = asRequest(body);
  const instance = autocannon({
    url,
    method,
    headers,
    body: payload,
    connections: CONNECTIONS,
    ...(amount ? { amount } : { duration: seconds, maxOverallRequests: MAX_REQUESTS }), // a cap that a healthy run does not reach
    timeout: 10,
  });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  const r = await instance;
  const sorted = Float64Array.from(latencies).sort();
  return {
    rps: r.requests.average,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.length ? sorted[sorted.length - 1] : NaN,
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
    statusCodes: r.statusCodeStats,
  };
}

/** A run with errors, timeouts or non-2xx responses marks the bench broken. */
function checkRun(label, phase, r) {
  if (r.non2xx || r.errors || r.timeouts) {
    broken = true;
    console.log(`\n  ERROR ${label} ${phase}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts, status codes ${JSON.stringify(r.statusCodes)}`);
  }
}

/**
 * Warm up, then measure. The warm-up hits `warm.url`/`warm.body` when given (Forward POST runs warm up
 * on another account, so the measured account starts from a known size), else the measured request.
 */
async function measure(label, url, body, warm = {}) {
  process.stdout.write(`  ${label}: warm-up ${WARMUP_S} s, run ${DURATION_S} s … `);
  const warmRun = await cannon(warm.url ?? url, warm.body ?? body, WARMUP_S);
  const run = await cannon(url, body, DURATION_S);
  checkRun(label, 'warm-up', warmRun);
  checkRun(label, 'run', run);
  console.log(`${fmt(run.rps, 0)} req/s, p50 ${fmt(run.p50, 2)} ms, p99 ${fmt(run.p99, 2)} ms, max ${fmt(run.max, 0)} ms (${run.requests} requests)`);
  return run;
}

const fmt = (n, digits) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a');
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// ---------------------------------------------------------------------------------------------
// The benchmark

async function main() {
  const tmp = await mkdtemp(join(os.tmpdir(), 'payment-sandbox-bench-'));
  try {
    console.log(`payment-sandbox bench — node ${process.version}, ${os.cpus().length} CPUs (nproc ${os.availableParallelism()}), ${os.cpus()[0]?.model ?? ''}`);
    console.log(`${CONNECTIONS} connections, warm-up ${WARMUP_S} s + ${DURATION_S} s per run, sandbox clock ${CLOCK}, temp dir ${tmp}\n`);

    // 1. Cold start and idle RSS: spawn → first 200 from /__admin/health, then 1 s idle.
    console.log(`Cold start (${COLD_STARTS} spawns, SANDBOX_DB=memory):`);
    const starts = [];
    const rss = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      const s = await startSandbox(`cold start ${i + 1}`, 'memory', []);
      await sleep(1000);
      const mb = await vmRssMb(s.child.pid);
      starts.push(s.startMs);
      rss.push(mb);
      console.log(`  spawn ${i + 1}: first 200 after ${fmt(s.startMs, 0)} ms, idle RSS ${fmt(mb, 1)} MB`);
      await stopChild(s.child);
    }
    // For reference, the same measurement for the bare Hono app (no target).
    const bareStarts = [];
    for (let i = 0; i < COLD_STARTS; i++) {
      const port = await freePort();
      const since = performance.now();
      const child = startChild(`bare cold start ${i + 1}`, ['bench/bare.mjs', String(port), 'add=700'], { ...process.env });
      bareStarts.push(await waitFor200(child, `http://${HOST}:${port}/health`, since));
      await stopChild(child);
    }
    console.log(`  bare Hono app, same measurement: ${bareStarts.map((s) => fmt(s, 0)).join(', ')} ms`);

    // 2. Server A: a fresh file-backed database; 1,000 payment requests for the getAll enterprise.
    console.log('\nSandbox A (file-backed, fresh database):');
    const a = await startSandbox('sandbox A', join(tmp, 'a', 'db.json'));
    await postOk(`${a.base}${MEWS}/add`, addBody(TOKENS.getAll, 1000));
    const getAllText = await postOk(`${a.base}${MEWS}/getAll`, getAllBody(TOKENS.getAll));
    const listed = JSON.parse(getAllText).PaymentRequests.length;
    if (listed !== 100) throw new Error(`getAll returned ${listed} payment requests, expected 100`);
    const addText = await postOk(`${a.base}${MEWS}/add`, addBody(TOKENS.add));
    const sizes = { getAll: Buffer.byteLength(getAllText), add: Buffer.byteLength(addText) };
    console.log(`  stored 1,000 payment requests; getAll body ${sizes.getAll} bytes, add body ${sizes.add} bytes`);

    // 3. The bare ceiling, serving bodies of exactly those sizes.
    const barePort = await freePort();
    const bare = startChild('bare app', ['bench/bare.mjs', String(barePort), `getAll=${sizes.getAll}`, `add=${sizes.add}`], { ...process.env });
    const bareBase = `http://${HOST}:${barePort}`;
    await waitFor200(bare, `${bareBase}/health`, performance.now());

    const addEmpty = await measure('add (empty database)', `${a.base}${MEWS}/add`, addBody(TOKENS.add));
    const getAll = await measure('getAll (1,000 stored, Count 100)', `${a.base}${MEWS}/getAll`, getAllBody(TOKENS.getAll));
    // Not a target: a smaller page, to show where the 100-item page's latency goes.
    const getAllSmall = await measure('getAll (1,000 stored, Count 10)', `${a.base}${MEWS}/getAll`, getAllBody(TOKENS.getAll, 10));
    console.log('\nBare Hono ceiling (same-size JSON bodies):');
    const bareGetAll = await measure(`bare, getAll-size body (${sizes.getAll} B)`, `${bareBase}/getAll-size`, getAllBody(TOKENS.getAll));
    const bareAdd = await measure(`bare, add-size body (${sizes.add} B)`, `${bareBase}/add-size`, addBody(TOKENS.add));
    await stopChild(bare);
    await stopChild(a.child);

    // 4. Server B: a fresh file-backed database filled with 100,000 payment requests, then add again.
    console.log(`\nSandbox B (file-backed, ${BIG_DB.toLocaleString('en')} payment requests):`);
    const b = await startSandbox('sandbox B', join(tmp, 'b', 'db.json'));
    const fillStart = performance.now();
    const batch = addBody(TOKENS.big, BATCH);
    for (let i = 0; i < BIG_DB / BATCH; i++) await postOk(`${b.base}${MEWS}/add`, batch);
    console.log(`  stored ${BIG_DB.toLocaleString('en')} via ${BIG_DB / BATCH} add calls of ${BATCH} in ${fmt((performance.now() - fillStart) / 1000, 1)} s`);
    await sleep(2000); // let the write-behind flush settle
    const addBig = await measure(`add (${BIG_DB.toLocaleString('en')} stored)`, `${b.base}${MEWS}/add`, addBody(TOKENS.big));
    const bigRss = await vmRssMb(b.child.pid);
    await stopChild(b.child);

    // 5. Forward. Sandbox C: a fresh file-backed database; POST /payment_intents, one intent per call,
    //    warm-up on another account, measured on an account with no intents at the start of the run.
    console.log('\nSandbox C (Forward, file-backed, fresh database):');
    const c = await startSandbox('sandbox C', join(tmp, 'c', 'db.json'));
    const createText = await requestOk(`${c.base}${INTENTS}`, createIntent(ACCOUNTS.warm));
    const createEmpty = await measure('POST /payment_intents (empty account)', `${c.base}${INTENTS}`, createIntent(ACCOUNTS.empty), {
      body: createIntent(ACCOUNTS.warm),
    });
    const emptyEnd = JSON.parse(await requestOk(`${c.base}${INTENTS}${LIST_QUERY}`, listIntents(ACCOUNTS.empty))).meta.total_count;
    console.log(`  the measured account held ${emptyEnd.toLocaleString('en')} payment intents at the end of the run`);
    await stopChild(c.child);

    //    Sandbox D: a fresh file-backed database; 10,000 intents in one account (one autocannon run of exactly
    //    that many POSTs), then GET /payment_intents (page of 10) and POST again on that account.
    console.log(`\nSandbox D (Forward, file-backed, ${BIG_ACCOUNT.toLocaleString('en')} payment intents in one account):`);
    const d = await startSandbox('sandbox D', join(tmp, 'd', 'db.json'));
    const seedStart = performance.now();
    const seed = await cannon(`${d.base}${INTENTS}`, createIntent(ACCOUNTS.big), 0, BIG_ACCOUNT);
    checkRun('seeding payment intents', 'run', seed);
    const listText = await requestOk(`${d.base}${INTENTS}${LIST_QUERY}`, listIntents(ACCOUNTS.big));
    const page = JSON.parse(listText);
    if (page.data.length !== 10 || page.meta.total_count !== BIG_ACCOUNT || !page.meta.has_more) {
      throw new Error(`GET ${INTENTS}${LIST_QUERY} returned ${page.data.length} of ${page.meta.total_count} (has_more ${page.meta.has_more}), expected 10 of ${BIG_ACCOUNT}`);
    }
    console.log(`  stored ${BIG_ACCOUNT.toLocaleString('en')} via ${seed.requests} POSTs in ${fmt((performance.now() - seedStart) / 1000, 1)} s`);
    Object.assign(sizes, { create: Buffer.byteLength(createText), list: Buffer.byteLength(listText) });
    console.log(`  list page body ${sizes.list} bytes, create body ${sizes.create} bytes`);
    await sleep(2000); // let the write-behind flush settle
    const list = await measure(`GET /payment_intents (${BIG_ACCOUNT.toLocaleString('en')} stored, limit 10)`, `${d.base}${INTENTS}${LIST_QUERY}`, listIntents(ACCOUNTS.big));
    const createBig = await measure(`POST /payment_intents (${BIG_ACCOUNT.toLocaleString('en')} stored)`, `${d.base}${INTENTS}`, createIntent(ACCOUNTS.big), {
      body: createIntent(ACCOUNTS.warm),
    });
    await stopChild(d.child);

    //    The bare ceiling again, with Forward's two response sizes, the same requests (method, headers, body).
    console.log('\nBare Hono ceiling (Forward-size JSON bodies):');
    const bare2Port = await freePort();
    const bare2 = startChild('bare app (Forward sizes)', ['bench/bare.mjs', String(bare2Port), `list=${sizes.list}`, `create=${sizes.create}`], { ...process.env });
    const bare2Base = `http://${HOST}:${bare2Port}`;
    await waitFor200(bare2, `${bare2Base}/health`, performance.now());
    const bareList = await measure(`bare, GET list-size body (${sizes.list} B)`, `${bare2Base}/list-size`, listIntents(ACCOUNTS.big));
    const bareCreate = await measure(`bare, POST create-size body (${sizes.create} B)`, `${bare2Base}/create-size`, createIntent(ACCOUNTS.empty));
    await stopChild(bare2);

    // 6. Report.
    const coldMs = median(starts);
    const idleMb = median(rss);
    const growth = addBig.p50 / addEmpty.p50;
    const createGrowth = createBig.p50 / createEmpty.p50;
    const rows = [
      ['getAll, 1,000 stored, Count 100', getAll, bareGetAll],
      ['getAll, 1,000 stored, Count 10 (no target)', getAllSmall, null],
      ['add, empty database', addEmpty, bareAdd],
      [`add, ${BIG_DB.toLocaleString('en')} stored`, addBig, bareAdd],
      [`bare ceiling, ${sizes.getAll} B body`, bareGetAll, null],
      [`bare ceiling, ${sizes.add} B body`, bareAdd, null],
      [`Forward GET /payment_intents, ${BIG_ACCOUNT.toLocaleString('en')} stored, limit 10`, list, bareList],
      ['Forward POST /payment_intents, empty account', createEmpty, bareCreate],
      [`Forward POST /payment_intents, ${BIG_ACCOUNT.toLocaleString('en')} stored`, createBig, bareCreate],
      [`bare ceiling, GET ${sizes.list} B body`, bareList, null],
      [`bare ceiling, POST ${sizes.create} B body`, bareCreate, null],
    ];
    console.log('\nResults (50 connections, 127.0.0.1):\n');
    console.log('| run | requests/s | p50 ms | p99 ms | max ms | requests | ratio to same-size ceiling |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const [name, r, ceiling] of rows) {
      const ratio = ceiling ? `${fmt((100 * r.rps) / ceiling.rps, 2)} %` : '—';
      console.log(`| ${name} | ${fmt(r.rps, 0)} | ${fmt(r.p50, 2)} | ${fmt(r.p99, 2)} | ${fmt(r.max, 0)} | ${r.requests} | ${ratio} |`);
    }
    console.log(`\nadd p50 growth, empty → ${BIG_DB.toLocaleString('en')} stored: ${fmt(addEmpty.p50, 2)} ms → ${fmt(addBig.p50, 2)} ms = ×${fmt(growth, 2)}`);
    console.log(`Forward POST p50 growth, empty account → ${BIG_ACCOUNT.toLocaleString('en')} stored: ${fmt(createEmpty.p50, 2)} ms → ${fmt(createBig.p50, 2)} ms = ×${fmt(createGrowth, 2)}`);
    console.log(`cold start (median of ${COLD_STARTS}): ${fmt(coldMs, 0)} ms [${starts.map((s) => fmt(s, 0)).join(', ')}]; bare Hono app: ${fmt(median(bareStarts), 0)} ms`);
    console.log(`idle RSS (median of ${COLD_STARTS}): ${fmt(idleMb, 1)} MB [${rss.map((m) => fmt(m, 1)).join(', ')}]; sandbox B RSS after its run: ${fmt(bigRss, 1)} MB`);

    console.log('\nTargets:');
    const verdict = (ok, text) => console.log(`${ok ? 'PASS' : 'FAIL'}  ${text}`);
    const ratioGetAll = getAll.rps / bareGetAll.rps;
    const ratioAdd = addEmpty.rps / bareAdd.rps;
    verdict(ratioGetAll >= TARGET.ratio, `getAll throughput ≥ 50% of ceiling: ${fmt(100 * ratioGetAll, 2)} %`);
    verdict(getAll.p99 < TARGET.p99Ms, `getAll p99 < 25 ms: ${fmt(getAll.p99, 2)} ms`);
    verdict(ratioAdd >= TARGET.ratio, `add throughput ≥ 50% of ceiling: ${fmt(100 * ratioAdd, 2)} %`);
    verdict(addEmpty.p99 < TARGET.p99Ms, `add p99 < 25 ms: ${fmt(addEmpty.p99, 2)} ms`);
    verdict(growth <= TARGET.p50Growth, `add p50 grows ≤ 2× from empty to ${BIG_DB.toLocaleString('en')} stored: ×${fmt(growth, 2)}`);
    const ratioList = list.rps / bareList.rps;
    const ratioCreate = createEmpty.rps / bareCreate.rps;
    verdict(ratioList >= TARGET.ratio, `Forward GET /payment_intents throughput ≥ 50% of ceiling: ${fmt(100 * ratioList, 2)} %`);
    verdict(list.p99 < TARGET.p99Ms, `Forward GET /payment_intents p99 < 25 ms: ${fmt(list.p99, 2)} ms`);
    verdict(ratioCreate >= TARGET.ratio, `Forward POST /payment_intents throughput ≥ 50% of ceiling: ${fmt(100 * ratioCreate, 2)} %`);
    verdict(createEmpty.p99 < TARGET.p99Ms, `Forward POST /payment_intents p99 < 25 ms: ${fmt(createEmpty.p99, 2)} ms`);
    verdict(createGrowth <= TARGET.p50Growth, `Forward POST p50 grows ≤ 2× from an empty account to ${BIG_ACCOUNT.toLocaleString('en')} stored: ×${fmt(createGrowth, 2)}`);
    verdict(coldMs < TARGET.coldStartMs, `cold start < 300 ms: ${fmt(coldMs, 0)} ms`);
    verdict(idleMb < TARGET.rssMb, `idle RSS < 100 MB: ${fmt(idleMb, 1)} MB`);
    if (broken) console.log('\nBROKEN: something failed (see the ERROR lines above); the figures are not valid.');
  } finally {
    await Promise.all([...children].map(stopChild));
    await rm(tmp, { recursive: true, force: true });
  }
}

// Never leave a child behind: on Ctrl-C, and as a last resort on exit.
function killAll() {
  for (const child of children) {
    child.stopping = true;
    child.kill('SIGKILL');
  }
}
process.on('SIGINT', () => {
  killAll();
  process.exit(130);
});
process.on('exit', killAll);

main().then(
  () => process.exit(broken ? 1 : 0),
  (err) => {
    console.error(`\nbench failed: ${err.stack ?? err}`);
    process.exit(1);
  },
);
