import { canvasMeasure } from "../lib/textWidth";
import { wrapText } from "../lib/wrapText";

/** Presentation properties copied inline, so an exported SVG looks the same outside the page's CSS. */
const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "stroke-linecap",
  "stroke-linejoin",
  "opacity",
  "font-family",
  "font-size",
  "font-style",
  "font-weight",
  "letter-spacing",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
  "visibility",
  "display",
] as const;

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 8;
const TITLE = { size: 18, line: 24 } as const;
const FOOTER = { size: 11, line: 15 } as const;
const TRANSPARENT = /^(transparent|rgba\(.*,\s*0\))$/;

/** The first painted background at or above `el`: a `.view` itself is often transparent over the page. */
function backgroundOf(el: Element | null): string {
  for (let node = el; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && !TRANSPARENT.test(colour)) return colour;
  }
  return "#ffffff";
}

/** A copy of a chart's SVG with its computed styles inlined and the page's hooks taken off, and what it sat in. */
function styledClone(svg: SVGSVGElement) {
  const { width: measuredWidth, height: measuredHeight } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((el, i) => {
    const copy = copies[i] as SVGElement | undefined;
    if (!copy) return;
    const style = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) copy.style.setProperty(prop, value);
    }
    // Page-only hooks mean nothing in a file, and focus rings are not part of the picture.
    for (const attr of ["class", "tabindex", "role", "aria-hidden", "aria-label", "aria-labelledby", "aria-describedby"])
      copy.removeAttribute(attr);
  });
  copies.filter((el) => el.getAttribute("display") === "none" || (el as SVGElement).style.display === "none").forEach((el) => el.remove());
  const page = svg.closest(".view") ?? svg.ownerDocument.body;
  const pageStyle = getComputedStyle(page);
  return {
    clone,
    width: Math.round(measuredWidth),
    height: Math.round(measuredHeight),
    background: backgroundOf(page),
    color: pageStyle.color || "#000000",
    fontFamily: pageStyle.fontFamily || "sans-serif",
  };
}

/** A new SVG document, and helpers to add attributes and lines of text to it. */
function svgDocument(svg: SVGSVGElement, width: number, height: number, fontFamily: string, background: string) {
  const doc = svg.ownerDocument.implementation.createDocument(SVG_NS, "svg", null);
  const root = doc.documentElement;
  const attrs = (el: Element, values: Record<string, string | number>) => {
    for (const [name, value] of Object.entries(values)) el.setAttribute(name, String(value));
    return el;
  };
  attrs(root, { width, height, viewBox: `0 0 ${width} ${height}`, "font-family": fontFamily });
  root.append(attrs(doc.createElementNS(SVG_NS, "rect"), { width: "100%", height: "100%", fill: background }));
  const text = (x: number, y: number, size: number, content: string, fill: string, weight?: number) => {
    const el = attrs(doc.createElementNS(SVG_NS, "text"), { x, y, "font-size": size, fill });
    if (weight) el.setAttribute("font-weight", String(weight));
    el.textContent = content;
    return el;
  };
  const serialize = () => `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(doc)}`;
  return { doc, root, attrs, text, serialize };
}

/**
 * A standalone copy of a chart's SVG: computed styles inlined, a background, a title and a source line.
 * Built with DOM calls and written by XMLSerializer, so every attribute and text is escaped as XML
 * (a font list such as `"Noto Sans", sans-serif` in an attribute, a source title with `&` or `<`).
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  { title, footer, lang = "en" }: { title: string; footer: string; lang?: string },
): string {
  const { clone, width, height, background, color, fontFamily } = styledClone(svg);
  // SVG text does not wrap: a long source list is broken into lines here, in the page's own font.
  const measure = canvasMeasure(fontFamily);
  const room = width - 2 * PAD;
  const titleLines = wrapText(title, room, (s) => measure(s, TITLE.size, true), lang);
  const footerLines = wrapText(footer, room, (s) => measure(s, FOOTER.size), lang);
  const header = PAD + titleLines.length * TITLE.line + PAD;
  const total = header + height + PAD + footerLines.length * FOOTER.line;
  const { doc, root, attrs, text, serialize } = svgDocument(svg, width, total, fontFamily, background);
  titleLines.forEach((line, i) => root.append(text(PAD, PAD + TITLE.size + i * TITLE.line, TITLE.size, line, color, 700)));
  attrs(clone, { x: 0, y: header, width, height });
  root.append(doc.importNode(clone, true));
  footerLines.forEach((line, i) => root.append(text(PAD, header + height + PAD + FOOTER.size + i * FOOTER.line, FOOTER.size, line, color)));
  return serialize();
}

/**
 * A chart laid out for a slide of `width` × `height` px, for tools that cannot hold an iframe (PowerPoint,
 * Keynote, Google Slides): the title in slide-sized type, the chart scaled up to fill the room left (its
 * labels grow with it), then the source line and the address of the live view. Sizes follow the slide's height.
 */
export function slideSvg(
  svg: SVGSVGElement,
  {
    width,
    height,
    title,
    footer,
    link,
    lang = "en",
  }: { width: number; height: number; title: string; footer: string; link: string; lang?: string },
): string {
  const { clone, width: chartWidth, height: chartHeight, background, color, fontFamily } = styledClone(svg);
  const pad = Math.round(height * 0.045);
  const titleSize = Math.round(height * 0.05);
  const footerSize = Math.round(height * 0.021);
  const measure = canvasMeasure(fontFamily);
  const room = width - 2 * pad;
  const titleLines = wrapText(title, room, (s) => measure(s, titleSize, true), lang).slice(0, 2);
  const footerLines = [...wrapText(footer, room, (s) => measure(s, footerSize), lang).slice(0, 2), link];
  const top = pad + titleLines.length * titleSize * 1.25 + pad / 2;
  const bottom = height - pad - footerLines.length * footerSize * 1.35;
  const scale = Math.min(room / chartWidth, (bottom - top - pad / 2) / chartHeight);
  const drawnWidth = chartWidth * scale;
  const { doc, root, attrs, text, serialize } = svgDocument(svg, width, height, fontFamily, background);
  titleLines.forEach((line, i) => root.append(text(pad, pad + titleSize + i * titleSize * 1.25, titleSize, line, color, 700)));
  attrs(clone, {
    x: pad + (room - drawnWidth) / 2,
    y: top,
    width: drawnWidth,
    height: chartHeight * scale,
    viewBox: `0 0 ${chartWidth} ${chartHeight}`,
  });
  root.append(doc.importNode(clone, true));
  footerLines.forEach((line, i) =>
    root.append(
      text(pad, bottom + footerSize + i * footerSize * 1.35, footerSize, line, color, i === footerLines.length - 1 ? 700 : undefined),
    ),
  );
  return serialize();
}

/** Renders SVG text to a PNG at `scale`× for sharp slides; rejects with a reason a reader can be told. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(image.naturalWidth * scale);
    canvas.height = Math.ceil(image.naturalHeight * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("no 2D canvas");
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export { errorReason } from "./errorReason";
