import type { DataFileName } from "../servedFiles";
import type { Checked } from "./checkText";

/** What the page asks of its checking worker: the text of `file` (as served), to check against `name`'s schema. */
export interface CheckRequest {
  id: number;
  file: string;
  name: DataFileName;
  text: string;
}

/** The worker's answer to request `id`. */
export type CheckResponse = Checked & { id: number };
