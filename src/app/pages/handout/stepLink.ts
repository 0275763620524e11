/**
 * The live address of a step of the story, for a link that leaves the page (a printed QR code):
 * `<root>present/?step=N`, with `root` the site's address and base path ("https://example.org/ledger/").
 */
export function stepLink(root: string, n: number): string {
  const url = new URL("present/", root);
  url.searchParams.set("step", String(n));
  return url.href;
}
