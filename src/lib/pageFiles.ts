/**
 * The id of the <template> in a prerendered page's head that lists its scripts and data files: the build writes it
 * (scripts/prerenderHtml.ts), and the browser's entry moves its links into the page once the page has painted
 * (src/app/boot.ts).
 */
export const PAGE_FILES_ID = "page-files";
