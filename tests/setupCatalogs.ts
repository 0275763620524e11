import { wantAllParts } from "../src/lib/i18n";

// A test may render any view or page, in any language it loads: every part of the catalogs is asked for, as on
// the server that prerenders the pages (a page in the browser asks for the parts its code draws).
await wantAllParts();
