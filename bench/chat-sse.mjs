// Live chat fan-out benchmark (used by bench/chat.sh): opens STREAMS server-sent-event connections
// to one case's event URL, posts MESSAGES worker messages one after another through a (possibly
// different) server, and checks that every stream received every message, in order, once.
//
// Delivery latency of one message on one stream = the moment its `message` event was read on that
// stream minus the moment the POST's answer (303) arrived, both on this process's monotonic clock.
// It can be negative: the server publishes before it answers the POST. Also printed: the latency
// from the moment the POST was sent. Messages are paced: the next one is posted when the previous
// one has reached every stream (or after a 5 s timeout).
//
// Usage: node chat-sse.mjs --events URL --post URL --cookie 'a=b; c=d' --csrf TOKEN
//                          [--streams 200] [--messages 20] [--label text]
// Only loopback URLs are accepted. Exit status 0 when every stream got every message in order,
// 2 otherwise, 1 on a setup error.
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';

const args = {};
for (let i = 2; i < process.argv.length; i += 2) args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
const STREAMS = Number(args.streams ?? 200);
const MESSAGES = Number(args.messages ?? 20);
const LABEL = args.label ?? 'chat';
const DELIVERY_TIMEOUT_MS = 5000;

function fail(msg) {
  console.error(`[chat-sse] SETUP FAILED: ${msg}`);
  process.exit(1);
}
for (const k of ['events', 'post', 'cookie', 'csrf']) if (!args[k]) fail(`--${k} is required`);
for (const k of ['events', 'post']) {
  const h = new URL(args[k]).hostname;
  if (h !== '127.0.0.1' && h !== 'localhost' && h !== '[::1]') fail(`--${k} must be a loopback URL (got ${h})`);
}

const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const postAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const RUN = randomBytes(4).toString('hex');
const bodies = Array.from({ length: MESSAGES }, (_, i) => `bench ${RUN} message ${String(i + 1).padStart(3, '0')}`);
const indexOf = new Map(bodies.map((b, i) => [b, i]));

// ---------------------------------------------------------------- the streams
const streams = [];
let waiting = null; // { index, remaining, resolve }

function openStream(n) {
  return new Promise((resolve, reject) => {
    const s = { n, got: [], times: [], other: 0, closed: false, error: null };
    const req = http.get(args.events, { agent, headers: { Cookie: args.cookie, Accept: 'text/event-stream' } }, (res) => {
      if (res.statusCode !== 200 || !/^text\/event-stream/.test(res.headers['content-type'] || '')) {
        res.resume();
        reject(new Error(`stream ${n}: HTTP ${res.statusCode} ${res.headers['content-type']}`));
        return;
      }
      res.setEncoding('utf8');
      let buf = '';
      res.on('data', (chunk) => {
        const now = performance.now();
        buf += chunk;
        let cut;
        while ((cut = buf.search(/\r?\n\r?\n/)) >= 0) {
          const block = buf.slice(0, cut);
          buf = buf.slice(cut).replace(/^\r?\n\r?\n/, '');
          let event = 'message';
          const data = [];
          for (const line of block.split(/\r?\n/)) {
            if (line.startsWith(':')) continue;
            const i = line.indexOf(':');
            const field = i < 0 ? line : line.slice(0, i);
            const value = i < 0 ? '' : line.slice(i + 1).replace(/^ /, '');
            if (field === 'event') event = value;
            else if (field === 'data') data.push(value);
          }
          if (!data.length || event !== 'message') continue;
          let m;
          try {
            m = JSON.parse(data.join('\n'));
          } catch {
            s.other++;
            continue;
          }
          const idx = indexOf.get(m.body);
          if (idx === undefined) {
            s.other++;
            continue;
          }
          s.got.push(idx);
          s.times.push(now);
          if (waiting && idx === waiting.index && --waiting.remaining === 0) waiting.resolve();
        }
      });
      res.on('end', () => (s.closed = true));
      res.on('error', (e) => (s.error = e.message));
      resolve(s);
    });
    req.on('error', reject);
  });
}

// ---------------------------------------------------------------- posting
function post(body) {
  const form = new URLSearchParams({ csrf_token: args.csrf, message: body }).toString();
  return new Promise((resolve, reject) => {
    const sent = performance.now();
    const req = http.request(
      args.post,
      {
        method: 'POST',
        agent: postAgent,
        headers: {
          Cookie: args.cookie,
          'Content-Type': 'application/x-www-form-urlencoded',
          'Content-Length': Buffer.byteLength(form),
        },
      },
      (res) => {
        const answered = performance.now();
        res.resume();
        res.on('end', () => {
          if (res.statusCode !== 303) reject(new Error(`POST ${args.post}: HTTP ${res.statusCode} (expected 303)`));
          else resolve({ sent, answered });
        });
      },
    );
    req.on('error', reject);
    req.end(form);
  });
}

function pct(sorted, p) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

// ---------------------------------------------------------------- run
const t0 = performance.now();
const opened = await Promise.allSettled(Array.from({ length: STREAMS }, (_, n) => openStream(n)));
const bad = opened.filter((o) => o.status === 'rejected');
if (bad.length) fail(`${bad.length} of ${STREAMS} streams did not open: ${bad[0].reason?.message}`);
for (const o of opened) streams.push(o.value);
console.log(`[chat-sse] ${LABEL}: ${STREAMS} streams open in ${f1(performance.now() - t0)} ms (${args.events})`);
// The server subscribes a stream before it answers its headers, so all are listening now.

const posts = [];
let timeouts = 0;
for (let i = 0; i < MESSAGES; i++) {
  const delivered = new Promise((resolve) => (waiting = { index: i, remaining: STREAMS, resolve }));
  // Count receipts that raced ahead of `waiting` (the event can arrive before the POST's answer).
  const already = streams.filter((s) => s.got.includes(i)).length;
  waiting.remaining -= already;
  if (waiting.remaining <= 0) waiting.resolve();
  posts.push(await post(bodies[i]));
  let timer;
  const timedOut = await Promise.race([
    delivered.then(() => false),
    new Promise((r) => (timer = setTimeout(() => r(true), DELIVERY_TIMEOUT_MS))),
  ]);
  clearTimeout(timer);
  if (timedOut) timeouts++;
}
waiting = null;
await new Promise((r) => setTimeout(r, 200)); // late duplicates, if any

// ---------------------------------------------------------------- check and report
const expected = bodies.map((_, i) => i);
const problems = [];
const fromAnswer = [];
const fromSend = [];
for (const s of streams) {
  const inOrder = s.got.length === expected.length && s.got.every((v, i) => v === i);
  if (!inOrder) {
    problems.push(`stream ${s.n}: received ${s.got.length}/${MESSAGES} [${s.got.join(',')}]${s.closed ? ' (closed)' : ''}${s.error ? ` error ${s.error}` : ''}`);
  }
  s.got.forEach((idx, k) => {
    fromAnswer.push(s.times[k] - posts[idx].answered);
    fromSend.push(s.times[k] - posts[idx].sent);
  });
}
fromAnswer.sort((a, b) => a - b);
fromSend.sort((a, b) => a - b);
const postMs = posts.map((p) => p.answered - p.sent).sort((a, b) => a - b);
const deliveredCount = streams.reduce((n, s) => n + s.got.length, 0);

console.log(
  `[chat-sse] ${LABEL}: ${deliveredCount}/${STREAMS * MESSAGES} deliveries; ` +
    `${STREAMS - problems.length}/${STREAMS} streams got all ${MESSAGES} messages in order` +
    (timeouts ? `; ${timeouts} message(s) not delivered everywhere within ${DELIVERY_TIMEOUT_MS} ms` : ''),
);
console.log(`RESULT ${LABEL} streams=${STREAMS} messages=${MESSAGES} ok_streams=${STREAMS - problems.length} deliveries=${deliveredCount}`);
console.log(
  `LATENCY ${LABEL} from_post_answer_ms p50=${f1(pct(fromAnswer, 50))} p99=${f1(pct(fromAnswer, 99))} max=${f1(fromAnswer.at(-1))} ` +
    `| from_post_sent_ms p50=${f1(pct(fromSend, 50))} p99=${f1(pct(fromSend, 99))} max=${f1(fromSend.at(-1))} ` +
    `| post_ms p50=${f1(pct(postMs, 50))} max=${f1(postMs.at(-1))}`,
);
for (const p of problems.slice(0, 10)) console.log(`[chat-sse]   ${p}`);
if (problems.length > 10) console.log(`[chat-sse]   … and ${problems.length - 10} more`);
for (const s of streams) s.req?.destroy();
agent.destroy();
postAgent.destroy();
process.exit(problems.length ? 2 : 0);
