import type { SourcesFile } from "../schemas/sources";
import { checkUniqueIds } from "./generic";
import { issueAt, type Issue } from "./issue";

/**
 * Sources have unique ids, and sources.json lists only sources some dataset cites, so it stays the reading
 * list of the data. `cited` holds every id the datasets cite; without it (a dataset could not be read) unused
 * sources are not judged.
 */
export function checkSources(file: string, sources: SourcesFile, cited?: ReadonlySet<string>): Issue[] {
  const issues = checkUniqueIds(file, sources.sources, ["sources"]);
  if (!cited) return issues;
  sources.sources.forEach((source, i) => {
    if (!cited.has(source.id)) {
      issues.push(issueAt(file, ["sources", i, "id"], "a source cited by at least one dataset (or remove it)", JSON.stringify(source.id)));
    }
  });
  return issues;
}
