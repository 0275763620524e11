/** What went wrong with an export, in words a reader can be told. */
export function errorReason(error: unknown): string {
  return error instanceof Error && error.message ? error.message : String(error);
}
