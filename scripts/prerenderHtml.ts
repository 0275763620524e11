import { PAGE_FILES_ID } from "../src/lib/pageFiles.ts";

interface Prerendered {
  /** The page's markup, for inside <div id="root">. */
  markup: string;
  /** The files it was drawn from, which the client loads before it hydrates (<body data-datasets>). */
  datasets: readonly string[];
  /** Their addresses, already escaped for an attribute: fetched from the head, before the scripts ask for them. */
  preloads: readonly string[];
  /** When it was drawn (ms since 1970): "today" in it, which the browser hydrates with (src/lib/useToday.ts). */
  renderedAt: number;
  /** Style sheets of what the markup draws, already escaped: linked from the head, so the page paints styled. */
  styles: readonly string[];
  /** The scripts of the app and of what the markup draws, already escaped, those needed first first. */
  scripts: readonly string[];
  /** Scripts those import, already escaped. */
  later?: readonly string[];
}

/**
 * A built page with its prerendered markup in #root, its files named on <body>, its style sheets linked from its
 * head, and its scripts and data files listed there in a <template>, which fetches nothing: the entry moves them into
 * the page once it has painted (src/app/boot.ts).
 */
export function withPrerender(html: string, { markup, datasets, preloads, renderedAt, styles, scripts, later = [] }: Prerendered): string {
  const parts = ['<div id="root"></div>', "<body ", "</head>"];
  for (const part of parts) {
    if (html.split(part).length !== 2) throw new Error(`A built page should hold "${part}" exactly once.`);
  }
  // Style sheets the page links already (the entry's) are not linked twice.
  const links = styles
    .filter((href) => !html.includes(`href="${href}"`))
    .map((href) => `<link rel="stylesheet" crossorigin href="${href}" />`);
  const files = [
    ...[...new Set([...scripts, ...later])]
      .filter((href) => !html.includes(`src="${href}"`))
      .map((href) => `<link rel="modulepreload" crossorigin href="${href}" />`),
    ...preloads.map((href) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" />`),
  ];
  const template = `<template id="${PAGE_FILES_ID}">\n${files.map((link) => `    ${link}\n`).join("")}  </template>`;
  return html
    .replace("</head>", () => `${links.map((link) => `  ${link}\n`).join("")}  ${template}\n</head>`)
    .replace("<body ", () => `<body data-datasets="${datasets.join(" ")}" data-rendered-at="${Math.round(renderedAt)}" `)
    .replace('<div id="root"></div>', () => `<div id="root">${markup}</div>`);
}
