// Hover latency: from a pointer move over a chart to the end of the first frame painted after the page changed.

/**
 * Runs in the page: dispatches `moves` pointer moves over the element matching `selector`, sweeping across
 * `stops` evenly spaced positions and back (so every move lands on a different stop than the one before).
 * Each move is dispatched at the start of a frame (after two quiet ones) and timed to the end of the first frame
 * painted after the page's DOM changed: that frame's requestAnimationFrame callback, then a message posted from
 * it, which runs once its style, layout and paint are done. Chromium starts that frame only once the previous
 * one is rasterized, so a slow raster shows up here too. This is `latency`.
 * Frames come on a 60 Hz clock, so even a page that does nothing waits for the next one; `cost` is the latency
 * beyond that wait: 0 when the change is painted in the very next frame, and it grows with every frame the
 * change is late (the main thread's work, the raster, or both).
 */
async function hoverTimes({ selector, moves, stops, offset }) {
  const target = document.querySelector(selector);
  if (!target) throw new Error(`no ${selector} on the page`);
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
  const afterTasks = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  // The frame interval of the quiet page, from 30 frames.
  const starts = [];
  for (let i = 0; i <= 30; i++) starts.push(await frame());
  const gaps = starts
    .slice(1)
    .map((t, i) => t - starts[i])
    .sort((a, b) => a - b);
  const interval = gaps[Math.floor(gaps.length / 2)];
  const times = [];
  for (let i = offset; i < offset + moves; i++) {
    const period = 2 * (stops - 1);
    const k = i % period;
    const stop = k < stops ? k : period - k;
    const box = target.getBoundingClientRect();
    const x = box.left + (box.width * (stop + 0.5)) / stops;
    const y = box.top + box.height / 2;
    await frame();
    const frameStart = await frame();
    let changed = false;
    const mutated = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        changed = true;
        observer.disconnect();
        resolve();
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      setTimeout(() => {
        observer.disconnect();
        resolve();
      }, 2000);
    });
    const start = performance.now();
    target.dispatchEvent(
      new PointerEvent("pointermove", { bubbles: true, cancelable: true, clientX: x, clientY: y, pointerType: "mouse", isPrimary: true }),
    );
    await mutated;
    if (!changed) throw new Error(`a pointer move over ${selector} at x=${Math.round(x)} changed nothing`);
    await frame();
    const painted = await afterTasks();
    const latency = painted - start;
    const idleWait = Math.max(0, frameStart + interval - start);
    times.push({ latency, cost: Math.max(0, latency - idleWait) });
  }
  return times;
}

/** Median and 95th percentile (nearest rank) of a list of ms. */
export function percentiles(times) {
  const sorted = [...times].sort((a, b) => a - b);
  const rank = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  return { median: rank(0.5), p95: rank(0.95) };
}

/**
 * Measures hover latency on several already-loaded pages, in interleaved rounds so that a noisy neighbour on the
 * machine slows them alike. `pages` maps a label to { page, selector }; resolves to { label: [{ latency, cost }] }.
 */
export async function measureHover(pages, { moves = 200, rounds = 4, stops }) {
  const times = Object.fromEntries(Object.keys(pages).map((label) => [label, []]));
  const perRound = Math.ceil(moves / rounds);
  for (let round = 0; round < rounds; round++) {
    for (const [label, { page, selector }] of Object.entries(pages)) {
      await page.bringToFront();
      const count = Math.min(perRound, moves - round * perRound);
      times[label].push(...(await page.evaluate(hoverTimes, { selector, moves: count, stops, offset: round * perRound })));
    }
  }
  return times;
}
