// A page load as a reader's browser has it: Chromium driven over its DevTools protocol with none of the protocol's
// Runtime domain switched on. Playwright and Lighthouse switch it on, and with it V8 records where in the source
// every Error is made, which makes it re-parse the code that makes one: React DOM makes five as it starts, so the
// page's first script costs 170–230 ms more at 4× CPU (most of it inside React DOM's own code) than it does for a
// reader. Only the page domain, emulation and an evaluated expression or two are used here.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CPU_SLOWDOWN, PHONE, settle } from "./pageLoad.mjs";

/** A Chromium of its own, spoken to over a pipe (`--remote-debugging-pipe`): `send` a command, `on` an event. */
export async function launchBare(executablePath, args) {
  const profile = mkdtempSync(join(tmpdir(), "bench-bare-"));
  const proc = spawn(executablePath, [...args, "--remote-debugging-pipe", `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"],
  });
  const [, , , toBrowser, fromBrowser] = proc.stdio;
  let nextId = 0;
  const waiting = new Map();
  const listeners = new Set();
  let pending = "";
  fromBrowser.on("data", (chunk) => {
    pending += chunk;
    for (let end = pending.indexOf("\0"); end >= 0; end = pending.indexOf("\0")) {
      const message = JSON.parse(pending.slice(0, end));
      pending = pending.slice(end + 1);
      const waiter = waiting.get(message.id);
      if (waiter) {
        waiting.delete(message.id);
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result);
      } else for (const listener of listeners) listener(message);
    }
  });
  const closed = new Promise((resolve) => proc.once("exit", resolve));
  void closed.then(() => {
    for (const waiter of waiting.values()) waiter.reject(new Error(`Chromium exited during ${waiter.method}`));
  });
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject, method });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + "\0");
    });
  return {
    send,
    on: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: async () => {
      await send("Browser.close").catch(() => proc.kill());
      await closed;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

/**
 * Loads `url` once in a fresh browser context of `browser` (from `launchBare`) on the phone screen with the CPU
 * slowed, and returns its vitals, read by `readVitals` as the Playwright loads read them. The service worker's
 * download of the whole site for offline use is left out, as in those loads: its registration never starts.
 */
export async function loadBare(browser, url, { recordVitals, readVitals }) {
  const { send, on } = browser;
  const { browserContextId } = await send("Target.createBrowserContext");
  try {
    const { targetId } = await send("Target.createTarget", { url: "about:blank", browserContextId });
    const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
    const page = (method, params) => send(method, params, sessionId);
    const { width, height } = PHONE.viewport;
    await page("Emulation.setDeviceMetricsOverride", { width, height, deviceScaleFactor: PHONE.deviceScaleFactor, mobile: PHONE.isMobile });
    await page("Emulation.setTouchEmulationEnabled", { enabled: PHONE.hasTouch });
    await page("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    const noServiceWorker = `Object.defineProperty(ServiceWorkerContainer.prototype, "register", { value: () => new Promise(() => {}) });`;
    await page("Page.addScriptToEvaluateOnNewDocument", { source: `${noServiceWorker}(${recordVitals.toString()})();` });
    await page("Page.enable");
    const loaded = new Promise((resolve) => {
      const off = on((message) => {
        if (message.sessionId === sessionId && message.method === "Page.loadEventFired") {
          off();
          resolve();
        }
      });
    });
    await page("Page.navigate", { url });
    await loaded;
    // `evaluate` as Playwright's page has it, for the function and argument it is given: Runtime.evaluate needs no
    // Runtime.enable.
    const evaluate = async (fn, arg) => {
      const expression = `(${fn.toString()})(${arg === undefined ? "" : JSON.stringify(arg)})`;
      const { result, exceptionDetails } = await page("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true });
      if (exceptionDetails) throw new Error(`${url}: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
      return result.value;
    };
    await settle(evaluate);
    return await readVitals({ evaluate });
  } finally {
    await send("Target.disposeBrowserContext", { browserContextId });
  }
}
