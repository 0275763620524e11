import type { Plugin } from "vite";
import { withContentSecurityPolicy } from "./contentSecurityPolicy.ts";

/**
 * Gives every built page its content security policy as a meta tag (a static host may not set headers),
 * after every other transform, so the hashes cover the inline scripts the page really ships. Not in dev,
 * where Vite's own client runs inline code.
 */
export function contentSecurity(): Plugin {
  return {
    name: "silk-road-ledger:content-security-policy",
    apply: "build",
    transformIndexHtml: { order: "post", handler: (html) => withContentSecurityPolicy(html) },
  };
}
