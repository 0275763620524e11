import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// A whole page (the dashboard draws four views) can take more than the default second to settle
// on a busy two-core machine; waiting longer only costs time when a test is failing anyway.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  window.history.replaceState(null, "", "/");
});
