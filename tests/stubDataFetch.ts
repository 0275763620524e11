import { vi } from "vitest";
import { inLanguage } from "../src/data/inLanguage";
import { SERVED_FILES } from "../src/data/servedFiles";
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
 * Stubs `fetch` to serve the shared fixtures as the build does: each translated dataset at /data/<lang>/<name>.json
 * with its texts in that language, the others at /data/<name>.json. `files` replaces a dataset (given whole, in
 * every language, and served in the language asked for) or adds the geography (/data/geo/region.topo.json,
 * otherwise a 404). Anything else is a 404. Returns the mock.
 */
export function stubDataFetch(files: Partial<Record<DataFileName, FakeResponse>> = {}) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const [, lang, path = ""] = /\/data\/(?:(en|zh|ru|kk)\/)?(.+)\.json$/.exec(String(input)) ?? [];
    const name = path === SERVED_FILES.geography.file ? "geography" : path;
    const file = (files as Record<string, FakeResponse | undefined>)[name];
    if (file === "network-error") throw new TypeError("Failed to fetch");
    if (file) return new Response(lang ? inOneLanguage(file.body, lang) : file.body, { status: file.status });
    const fixture = (FIXTURES as Record<string, unknown>)[name];
    if (!fixture) return new Response("not found", { status: 404 });
    const body = lang ? inLanguage(fixture, lang) : fixture;
    return new Response(JSON.stringify(body), { status: 200, headers: { "Content-Type": "application/json" } });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** A dataset's body as its file in one language: each text in that language (as it is where it is not JSON). */
function inOneLanguage(body: string, lang: string): string {
  try {
    return JSON.stringify(inLanguage(JSON.parse(body) as unknown, lang));
  } catch {
    return body;
  }
}
