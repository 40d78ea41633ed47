/**
 * What `bench/browser-profile.ts` reads: the CPU time of each Chromium thread from /proc (the
 * GPU process's SwiftShader threads included, which no trace shows), and the V8 samples of a
 * Chromium trace (main thread and each web worker) as self time per function.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = (f: string) => new URL(f, import.meta.url).pathname;
const TICK_MS = 10; // /proc's clock ticks (USER_HZ = 100)

// ── CPU time per thread, from /proc ──

/** CPU ms by group ("GPU process · SwiftShader threads"), for Chromium under this Node process. */
export type CpuSnapshot = Map<string, number>;

const statFields = (text: string) => text.slice(text.lastIndexOf(')') + 2).split(' ');

function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      parent.set(Number(d), Number(statFields(readFileSync(`/proc/${d}/stat`, 'utf8'))[1]));
    } catch {
      // gone meanwhile
    }
  }
  const mine = (p: number, depth = 0): boolean =>
    p === root || (depth < 20 && parent.has(p) && p > 1 && mine(parent.get(p)!, depth + 1));
  return [...parent.keys()].filter((p) => p !== root && mine(p));
}

function groupOf(cmdline: string, pid: number, tid: number, comm: string): string | null {
  if (!/chrom/.test(cmdline)) return null;
  const type = /--type=([\w-]+)/.exec(cmdline)?.[1];
  const proc =
    type === 'gpu-process' ? 'GPU process' : type === 'renderer' ? 'renderer' : type ? 'utility' : 'browser';
  if (proc === 'GPU process' && /^Thread<\d+>$/.test(comm)) return 'GPU process · SwiftShader threads';
  if (tid === pid) return `${proc} · main thread`;
  if (proc === 'renderer' && comm.startsWith('DedicatedWorker')) return 'renderer · web workers';
  // Other threads by name, cut to 15 characters by Linux (ThreadPoolForeg…, Compositor, …).
  return `${proc} · ${comm.replace(/\d+$/, '')} threads`;
}

export function cpuSnapshot(): CpuSnapshot {
  const out: CpuSnapshot = new Map();
  for (const pid of descendants(process.pid)) {
    try {
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      for (const t of readdirSync(`/proc/${pid}/task`)) {
        const tid = Number(t);
        const comm = readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').trim();
        const group = groupOf(cmdline, pid, tid, comm);
        if (!group) continue;
        const f = statFields(readFileSync(`/proc/${pid}/task/${t}/stat`, 'utf8'));
        out.set(group, (out.get(group) ?? 0) + (Number(f[11]) + Number(f[12])) * TICK_MS);
      }
    } catch {
      // a process or thread that ended meanwhile
    }
  }
  const node = process.cpuUsage();
  out.set('Node (Playwright, vite preview)', (node.user + node.system) / 1000);
  return out;
}

/** CPU ms spent per group between two snapshots, largest first (threads that ended are lost). */
export const cpuSpent = (before: CpuSnapshot, after: CpuSnapshot): [string, number][] =>
  [...after]
    .map(([k, v]): [string, number] => [k, Math.max(0, v - (before.get(k) ?? 0))])
    .sort((a, b) => b[1] - a[1]);

// ── V8 samples from a trace ──

/** As a trace holds it: an empty URL or name may be left out. */
interface CallFrame {
  functionName?: string;
  url?: string;
  lineNumber?: number;
}
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  id?: string;
  ts: number;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: { nodes?: { id: number; callFrame: CallFrame; parent?: number }[]; samples?: number[] };
      timeDeltas?: number[];
    };
  };
}

/** One thread's samples: node ids with their times (trace clock, ms). */
export interface ThreadSamples {
  tid: number;
  nodes: Map<number, { callFrame: CallFrame; parent?: number }>;
  samples: { node: number; t: number }[];
}

export function parseTrace(buffer: Buffer): { events: TraceEvent[]; threads: ThreadSamples[] } {
  const json = JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(json) ? json : json.traceEvents;
  const byId = new Map<string, ThreadSamples & { clock: number }>();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile' && e.ph === 'P')
      byId.set(key, { tid: e.tid, nodes: new Map(), samples: [], clock: e.args?.data?.startTime ?? e.ts });
    if (e.name !== 'ProfileChunk') continue;
    const p = byId.get(key);
    const data = e.args?.data;
    if (!p || !data) continue;
    for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      p.clock += deltas[i] ?? 0;
      p.samples.push({ node, t: p.clock / 1000 });
    });
  }
  return { events, threads: [...byId.values()] };
}

/** The trace clock (ms) at `performance.now()` = 0 of the page that set the mark `name`. */
export function pageOrigin(events: TraceEvent[], name: string): number | null {
  const mark = events.find((e) => e.name === name && e.args?.data?.startTime !== undefined);
  return mark ? mark.ts / 1000 - mark.args!.data!.startTime! : null;
}

/** The module each line of an unminified bundle comes from (Rolldown heads each with its path). */
function modulesOf(file: string): (line: number) => string {
  const path = join(here('../dist/assets'), file);
  if (!existsSync(path)) return () => '';
  const starts: [number, string][] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((l, i) => {
      const m = /^\s*\/\/ (\S+\.(?:ts|js|mjs|svelte))$/.exec(l);
      // MapLibre's own bundles name its sources src/…, like ours: say whose.
      const own = /^maplibre-gl/.test(file) ? 'maplibre-gl/' : '';
      if (m)
        starts.push([
          i,
          m[1]!.replace(/^(\.\.\/)*(main\/|bench-wt\/)?node_modules\//, '').replace(/^src\//, `${own}src/`),
        ]);
    });
  return (line) => {
    let lo = -1;
    for (let hi = starts.length - 1; lo < hi;) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]![0] <= line) lo = mid;
      else hi = mid - 1;
    }
    return starts[lo]?.[1] ?? '';
  };
}
const modules = new Map<string, (line: number) => string>();

function frameName({ functionName, url, lineNumber }: CallFrame): string {
  const file = (url ?? '').split('/').pop()?.split('?')[0] ?? '';
  if (file && !modules.has(file)) modules.set(file, modulesOf(file));
  const where = file ? modules.get(file)!(lineNumber ?? 0) || file : '';
  return `${functionName || '(anonymous)'}${where ? ` · ${where}` : ''}`;
}

/** The script a worker thread runs, from its samples' URLs. */
export function scriptOf(thread: ThreadSamples): string {
  const urls = [...thread.nodes.values()].map((n) => n.callFrame.url ?? '');
  if (urls.some((u) => /maplibre-gl-worker/.test(u))) return "the map's worker (MapLibre)";
  if (urls.some((u) => /store-worker/.test(u))) return 'the loading worker (store-worker.ts)';
  return 'a thread';
}

/** Sampled time in [from, to] (trace ms): busy (not idle) and self time by function, largest first. */
export function selfTime(thread: ThreadSamples, from: number, to: number) {
  const self = new Map<string, number>();
  let busy = 0;
  thread.samples.forEach(({ node, t }, i) => {
    const next = thread.samples[i + 1]?.t ?? t;
    if (t < from || t > to) return;
    const n = thread.nodes.get(node);
    if (!n || n.callFrame.functionName === '(idle)') return;
    const ms = Math.min(next - t, 20);
    busy += ms;
    // A built-in (getImageData, cloneNode) is named with the function calling it.
    const up = n.callFrame.url || /^\(/.test(n.callFrame.functionName ?? '') ? undefined : n.parent;
    const caller = up === undefined ? undefined : thread.nodes.get(up);
    const key = caller
      ? `${frameName(n.callFrame)} ← ${frameName(caller.callFrame)}`
      : frameName(n.callFrame);
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  return { busy, top: [...self].sort((a, b) => b[1] - a[1]) };
}
