import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { AppShell } from "./AppShell";
import { registerServiceWorker } from "./offline/registerServiceWorker";
import { Router } from "./Router";
import "./styles/tokens.css";
import "./styles/base.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root, {
    // A view's error boundary shows the failure to the reader; the console gets a warning, not an error.
    onCaughtError: (error) => console.warn(`[silk-road-ledger] ${error instanceof Error ? error.message : String(error)}`),
  }).render(
    <StrictMode>
      <AppShell>
        <Router page={document.body.dataset.page ?? "dashboard"} embed={document.body.dataset.embed ?? null} />
      </AppShell>
    </StrictMode>,
  );
}

// After the page has loaded, in production builds: saves the whole site for offline use.
registerServiceWorker();
