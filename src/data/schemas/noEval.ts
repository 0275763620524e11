import { config } from "zod/mini";

// No code compiled at run time: zod's faster object parser is built with `new Function`, which the site's
// content security policy forbids, and even zod's probe for it would be reported as a violation. Every
// module that builds a schema imports this one first, so it runs before any schema parses.
config({ jitless: true });
