// The browser's entry. A prerendered page paints from its markup and the style sheets its head links, so nothing
// else is fetched or run before its first paint: this module, which imports next to nothing, waits for that paint,
// then asks for the rest at once (the files the page names in <template id="page-files">: the app's code, its
// page's and first views', and the data files it was drawn from) and starts the app (main.tsx). Fetched before the
// paint, those files would compete with the style sheets on a slow connection; run before it, the app's code would
// keep the page blank while it starts.
import { PAGE_FILES_ID } from "../lib/pageFiles";

let started = false;

function start() {
  if (started) return;
  started = true;
  const files = document.getElementById(PAGE_FILES_ID);
  // Moved into the document, the template's links fetch their files, all together.
  if (files instanceof HTMLTemplateElement) document.head.append(files.content);
  import("./main").catch((error: unknown) => console.error(error));
}

// After the first frame: a callback for the frame, then a task once it is painted. A page loading out of sight paints
// no frame until it is shown, and has no one waiting for it: it starts at once.
if (document.visibilityState === "visible" && typeof requestAnimationFrame === "function") {
  requestAnimationFrame(() => setTimeout(start, 0));
  document.addEventListener("visibilitychange", start, { once: true });
} else start();
