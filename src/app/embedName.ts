/** The part of a path after "<base>embed/", if the path is under it: "/embed/foo/" → "foo". */
export function embedNameFrom(pathname: string, base: string): string | null {
  const prefix = `${base}embed/`;
  if (!pathname.startsWith(prefix)) return null;
  let rest: string;
  try {
    rest = decodeURIComponent(pathname.slice(prefix.length));
  } catch {
    rest = pathname.slice(prefix.length);
  }
  return rest.replace(/\/+$/, "").split("/")[0] ?? "";
}
