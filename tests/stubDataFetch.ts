import { vi } from "vitest";
import { GEOGRAPHY } from "../src/data/geography";
import { FIXTURES } from "./fixtures/datasets";

/** A file as the fake server answers it, or a failed request. */
export type FakeResponse = { status: number; body: string } | "network-error";
/** The files under /data/: the datasets by name, and the map's country shapes. */
export type DataFileName = keyof typeof FIXTURES | "geography";

/** A 200 answer with `content` as the body: a string as it is, anything else as JSON. */
export function ok(content: unknown): FakeResponse {
  return { status: 200, body: typeof content === "string" ? content : JSON.stringify(content) };
}

/**
 * Stubs `fetch` to serve the shared fixtures at /data/<name>.json; `files` replaces a dataset or adds the
 * geography (/data/geo/region.topo.json, otherwise a 404). Anything else is a 404. Returns the mock.
 */
export function stubDataFetch(files: Partial<Record<DataFileName, FakeResponse>> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const path = /\/data\/(.+)\.json$/.exec(String(input))?.[1] ?? "";
    const name = path === GEOGRAPHY.file ? "geography" : path;
    const file = (files as Record<string, FakeResponse | undefined>)[name];
    if (file === "network-error") throw new TypeError("Failed to fetch");
    if (file) return new Response(file.body, { status: file.status });
    const fixture = (FIXTURES as Record<string, unknown>)[name];
    if (!fixture) return new Response("not found", { status: 404 });
    return new Response(JSON.stringify(fixture), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}
