// Load generator of bench/booking-surge.sh: exactly SURGE_REQUESTS requests with SURGE_CONNECTIONS
// in flight (one keep-alive connection each), then prints key=value lines.
// (wrk cannot stop after a fixed count: its threads stop but the run lasts the whole -d.)
//
// env: SURGE_BASE       http://127.0.0.1:18080
//      SURGE_MODE       lock (POST /api/v1/bookings) or get (GET SURGE_PATH with the same tokens)
//      SURGE_TOKENS     file of "<token> <patientId>" lines
//      SURGE_SLOTS      comma-separated slot ids (lock mode; each request picks one at random)
//      SURGE_REQUESTS   requests in all
//      SURGE_CONNECTIONS concurrent requests
//      SURGE_TAG        prefix of the Idempotency-Key, unique per run
//      SURGE_PRECONNECT 1 (default): open the connections before the clock starts
//      SURGE_CPU        "name=pid pid ...;name=pid ..." (optional): CPU those processes use while the clock
//                       runs, printed per request (load.cpu_us.<name>), with SURGE_CLK_TCK (100)
//      SURGE_CLIENT_WARMUP 10000 (default; with SURGE_PRECONNECT): requests of the same shape on those connections before
//                       the clock starts, so that this process's own code is compiled by then (lock
//                       requests carry an invalid Idempotency-Key: refused with 400, nothing taken)
//      SURGE_DUMP       a folder (optional): one line per request (n, start and latency in ms after the
//                       clock started, answer) in <folder>/<SURGE_TAG>.csv, to see which requests make
//                       the tail; booking-surge.sh passes it through (SURGE_DUMP=/tmp/dump bench/booking-surge.sh)
// Request n goes to resident n mod residents, so 10,000 requests over 2,000 residents are five each.
import fs from 'node:fs';
import net from 'node:net';

const base = new URL(process.env.SURGE_BASE ?? 'http://127.0.0.1:18080');
const mode = process.env.SURGE_MODE ?? 'lock';
const path = process.env.SURGE_PATH ?? '/q/health/live';
const total = Number(process.env.SURGE_REQUESTS ?? 10000);
const connections = Number(process.env.SURGE_CONNECTIONS ?? 200);
const tag = process.env.SURGE_TAG ?? 'surge';
const residents = fs.readFileSync(process.env.SURGE_TOKENS, 'utf8').trim().split('\n').map((l) => l.split(' '));
const slots = (process.env.SURGE_SLOTS ?? '').split(',').filter(Boolean);

const latencies = new Float64Array(total);
const startedAt = new Float64Array(total); // ms after the clock started, for SURGE_DUMP
const statuses = new Uint16Array(total);
// A refusal's body is kept as it came and its problem code read once the clock has stopped: the
// generator shares the two cores with the app, so work of its own in the timed window is CPU the
// app does not get (for the same reason each request is built, as bytes, before the clock).
const refusals = new Array(total);
const codes = new Map();
const keys = new Array(total);
let issued = 0;
let completed = 0;
let errors = 0;

// Request n as the bytes sent. warm: for the generator's own warm-up, before the clock: the same
// request, but a lock carries an Idempotency-Key the app refuses (400) before it looks at the slot.
// HTTP/1.1 is written by hand on raw keep-alive sockets: node's http client spent 80-110 us of CPU a
// request on the same two cores as the app (see README), a socket and a small parser a fraction of that.
function request(n, warm) {
    const [token, patient] = residents[n % residents.length];
    let head = `${mode === 'lock' ? 'POST /api/v1/bookings' : 'GET ' + path} HTTP/1.1\r\nhost: ${base.host}\r\n`
        + `authorization: Bearer ${token}\r\n`;
    let body = '';
    if (mode === 'lock') {
        body = JSON.stringify({ slotId: slots[Math.floor(Math.random() * slots.length)], patientId: patient });
        head += `content-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n`
            + `idempotency-key: ${warm ? 'warm-up!' : `${tag}-${n}`}\r\n`;
    }
    return Buffer.from(head + '\r\n' + body);
}
let t0 = 0n; // the clock's start
let prepared = null; // every timed request, built before the clock starts

const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * One keep-alive connection with one request in flight. Reads an answer's status and, from
 * content-length or a chunked body, where it ends; anything else the app would never send here.
 */
class Connection {
    constructor(socket) {
        this.socket = socket;
        this.pending = null; // { resolve, started, n, warm }
        this.buffer = null;
        socket.setNoDelay(true);
        // As the http client's 30 s request time-out did: an answer that never comes is an error, not a hang.
        socket.setTimeout(30000, () => this.failed());
        socket.on('data', (chunk) => this.received(chunk));
        socket.on('error', () => this.failed());
        socket.on('close', () => this.failed());
    }

    static open() {
        return new Promise((resolve) => {
            const socket = net.connect({ host: base.hostname, port: Number(base.port) });
            socket.once('connect', () => resolve(new Connection(socket)));
            socket.once('error', () => resolve(null));
        });
    }

    send(bytes, n, warm) {
        return new Promise((resolve) => {
            const started = process.hrtime.bigint();
            if (!warm) startedAt[n] = Number(started - t0) / 1e6;
            this.pending = { resolve, started, n, warm };
            this.socket.write(bytes);
        });
    }

    received(chunk) {
        this.buffer = this.buffer === null ? chunk : Buffer.concat([this.buffer, chunk]);
        const answer = parse(this.buffer);
        if (answer === null || this.pending === null) return; // more to come
        this.buffer = answer.rest.length === 0 ? null : answer.rest;
        const { resolve, started, n, warm } = this.pending;
        this.pending = null;
        if (!warm) {
            latencies[n] = Number(process.hrtime.bigint() - started) / 1e6;
            statuses[n] = answer.status;
            if (answer.status >= 400) refusals[n] = answer.body;
            completed++;
        }
        resolve(true);
    }

    failed() {
        if (this.pending === null) return;
        const { resolve, started, n, warm } = this.pending;
        this.pending = null;
        this.socket.destroy();
        if (!warm) {
            latencies[n] = Number(process.hrtime.bigint() - started) / 1e6;
            errors++;
        }
        resolve(false);
    }
}

// One whole answer at the start of buf ({ status, body, rest }), or null while it is incomplete.
function parse(buf) {
    const end = buf.indexOf(CRLF2);
    if (end < 0) return null;
    const head = buf.toString('latin1', 0, end).toLowerCase();
    const status = Number(head.slice(9, 12));
    const length = /\r\ncontent-length: *(\d+)/.exec(head);
    let from = end + 4;
    if (length) {
        const to = from + Number(length[1]);
        return buf.length < to ? null : { status, body: buf.subarray(from, to), rest: buf.subarray(to) };
    }
    if (!/\r\ntransfer-encoding: *chunked/.test(head)) {
        throw new Error('an answer without content-length or chunked body: ' + head);
    }
    const parts = [];
    for (;;) {
        const line = buf.indexOf('\r\n', from);
        if (line < 0) return null;
        const size = parseInt(buf.toString('latin1', from, line), 16);
        const data = line + 2;
        if (buf.length < data + size + 2) return null;
        if (size === 0) return { status, body: Buffer.concat(parts), rest: buf.subarray(data + 2) };
        parts.push(buf.subarray(data, data + size));
        from = data + size + 2;
    }
}

// The connections are open before the clock starts: at a release, residents' apps already hold
// keep-alive connections (they have been polling the slot); the surge is the requests, not the
// TCP handshakes. SURGE_PRECONNECT=0 times the connection set-up too.
const warmup = Number(process.env.SURGE_CLIENT_WARMUP ?? 10000);
const preconnect = (process.env.SURGE_PRECONNECT ?? '1') !== '0';
const open = Math.min(connections, total);
let pool = [];
if (preconnect) {
    pool = await Promise.all(Array.from({ length: open }, () => Connection.open()));
    // A fresh Node process runs its own code interpreted at first: the generator warms up on
    // requests of the same shape that change nothing, so that its CPU in the timed window is its warm CPU.
    let warmed = 0;
    await Promise.all(pool.map(async (connection) => {
        while (connection !== null && warmed < warmup) {
            if (!(await connection.send(request(warmed++ % total, true), 0, true))) return;
        }
    }));
}

async function worker(i) {
    let connection = preconnect ? pool[i] : await Connection.open();
    while (issued < total) {
        const n = issued++;
        if (connection === null) {
            errors++;
            connection = await Connection.open();
            continue;
        }
        if (!(await connection.send(prepared[n], n, false))) {
            connection = await Connection.open();
        }
    }
    if (connection !== null) connection.socket.destroy();
}

// Other processes' CPU from /proc (user + system ticks), read just as the clock starts and stops.
const watched = (process.env.SURGE_CPU ?? '').split(';').filter(Boolean).map((group) => {
    const [name, pids] = group.split('=');
    return { name, pids: (pids ?? '').split(' ').filter(Boolean) };
});
const ticks = (pids) => pids.reduce((sum, pid) => {
    try {
        const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return sum + Number(fields[11]) + Number(fields[12]);
    } catch {
        return sum; // gone since
    }
}, 0);
prepared = Array.from({ length: total }, (_, n) => request(n, false));
const ticks0 = watched.map((w) => ticks(w.pids));
t0 = process.hrtime.bigint();
const cpu0 = process.cpuUsage();
await Promise.all(Array.from({ length: open }, (_, i) => worker(i)));
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(cpu0);
const ticks1 = watched.map((w) => ticks(w.pids));
const tickUs = 1e6 / Number(process.env.SURGE_CLK_TCK ?? 100);
for (let n = 0; n < total; n++) {
    if (statuses[n] === 0) continue; // an error: no answer
    let key = String(statuses[n]);
    if (refusals[n]) {
        const m = /"code"\s*:\s*"([\w]+)"/.exec(refusals[n].toString('utf8'));
        if (m) key += '_' + m[1];
    }
    codes.set(key, (codes.get(key) ?? 0) + 1);
    keys[n] = key;
}
if (process.env.SURGE_DUMP) {
    const lines = ['n,start_ms,latency_ms,answer'];
    for (let n = 0; n < total; n++) {
        lines.push(`${n},${startedAt[n].toFixed(2)},${latencies[n].toFixed(2)},${keys[n] ?? 'error'}`);
    }
    fs.mkdirSync(process.env.SURGE_DUMP, { recursive: true });
    fs.writeFileSync(`${process.env.SURGE_DUMP}/${tag}.csv`, lines.join('\n') + '\n');
}

const sorted = Array.from(latencies).sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const out = [
    `load.completed=${completed}`,
    `load.errors=${errors}`,
    `load.duration_s=${seconds.toFixed(3)}`,
    `load.rps=${(completed / seconds).toFixed(1)}`,
    `load.p50_ms=${pct(50).toFixed(2)}`,
    `load.p90_ms=${pct(90).toFixed(2)}`,
    `load.p99_ms=${pct(99).toFixed(2)}`,
    `load.max_ms=${sorted[sorted.length - 1].toFixed(2)}`,
    // The generator shares the machine's two cores with the app, Redis and PostgreSQL.
    `load.cpu_us.client=${((cpu.user + cpu.system) / completed).toFixed(0)}`,
    ...watched.map((w, i) => `load.cpu_us.${w.name}=${((ticks1[i] - ticks0[i]) * tickUs / completed).toFixed(0)}`),
    ...[...codes.entries()].sort().map(([k, v]) => `load.status.${k}=${v}`),
];
// Where the time goes: the first requests (the surge's first wave) against the rest, and the 201s.
const of = (picked) => {
    const s = picked.sort((a, b) => a - b);
    return s.length === 0 ? 'n/a' : `p50 ${s[Math.ceil(0.5 * s.length) - 1].toFixed(1)} p99 ${s[Math.ceil(0.99 * s.length) - 1].toFixed(1)} max ${s[s.length - 1].toFixed(1)} (${s.length})`;
};
const first = Math.min(1000, total);
out.push(`load.first_${first}_ms=${of(Array.from(latencies.subarray(0, first)))}`);
out.push(`load.after_${first}_ms=${of(Array.from(latencies.subarray(first)))}`);
out.push(`load.created_ms=${of(Array.from(latencies).filter((_, i) => statuses[i] === 201))}`);
console.log(out.join('\n'));
