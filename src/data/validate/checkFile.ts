import type { DataFileName } from "../servedFiles";
import type { Checked } from "./checkText";
import type { CheckRequest, CheckResponse } from "./protocol";

// Every file a page reads is checked against its schema before any view draws from it. Parsing and checking the
// files of one page costs 130–230 ms of main-thread time on a phone-speed CPU (the map's shapes more), in the same
// task as the page's hydration: so the browser checks them in a dedicated worker, which also keeps the schemas and
// their library out of the page's own code. Where there is no worker (the build's prerender in Node, the unit
// tests) or it cannot start, the file is checked here, the schemas loaded on first use.

/** How long an idle worker is kept for the next file (a view scrolled to, a language switched to). */
const IDLE_MS = 20_000;

interface Pending {
  request: CheckRequest;
  resolve: (checked: Checked) => void;
}

let worker: Worker | null = null;
/** Set once the worker has failed to start: every file is then checked on the main thread. */
let workerFailed = false;
let nextId = 0;
let idleTimer: ReturnType<typeof setTimeout> | undefined;
const pending = new Map<number, Pending>();

/** Checks `text`, the file served as `file` (e.g. "data/ru/trade.json"), against the schema of `name`. */
export function checkFile(file: string, name: DataFileName, text: string): Promise<Checked> {
  const request: CheckRequest = { id: nextId++, file, name, text };
  const checker = workerFailed ? null : startedWorker();
  if (!checker) return checkHere(request);
  clearTimeout(idleTimer);
  return new Promise((resolve) => {
    pending.set(request.id, { request, resolve });
    checker.postMessage(request);
  });
}

async function checkHere({ file, name, text }: CheckRequest): Promise<Checked> {
  const { checkText, servedSchema } = await import("./checkText");
  return checkText(file, text, servedSchema(name));
}

function startedWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker !== "function") return null;
  try {
    worker = new Worker(new URL("./checkWorker.ts", import.meta.url), { type: "module", name: "data-check" });
  } catch {
    workerFailed = true;
    return null;
  }
  worker.onmessage = ({ data }: MessageEvent<CheckResponse>) => {
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    const { id: _id, ...checked } = data;
    waiting.resolve(checked);
    if (pending.size === 0) idleTimer = setTimeout(stopWorker, IDLE_MS);
  };
  // The worker's script did not load (offline before it was saved, a host's policy refusing workers): the files
  // waiting on it, and every later one, are checked here instead.
  worker.onerror = (event) => {
    event.preventDefault();
    workerFailed = true;
    stopWorker();
    const waiting = [...pending.values()];
    pending.clear();
    for (const { request, resolve } of waiting) void checkHere(request).then(resolve);
  };
  return worker;
}

function stopWorker(): void {
  clearTimeout(idleTimer);
  worker?.terminate();
  worker = null;
}
