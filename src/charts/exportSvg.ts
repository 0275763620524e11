/** Presentation properties copied inline, so an exported SVG looks the same outside the page's CSS. */
const STYLE_PROPS = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-opacity",
  "stroke-dasharray",
  "opacity",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

/** A standalone copy of a chart's SVG: computed styles inlined, a background, a title and a source line. */
export function standaloneSvg(svg: SVGSVGElement, { title, footer }: { title: string; footer: string }): string {
  const { width, height } = svg.getBoundingClientRect();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll("*")];
  const copies = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((el, i) => {
    const copy = copies[i];
    if (!copy) return;
    const style = getComputedStyle(el);
    for (const prop of STYLE_PROPS) {
      const value = style.getPropertyValue(prop);
      if (value) (copy as SVGElement).style.setProperty(prop, value);
    }
  });
  const header = 40;
  const footerHeight = 28;
  const total = height + header + footerHeight;
  const ns = "http://www.w3.org/2000/svg";
  const bodyStyle = getComputedStyle(svg.closest(".view") ?? document.body);
  const background = bodyStyle.backgroundColor || "#ffffff";
  const color = bodyStyle.color || "#000000";
  const font = bodyStyle.fontFamily;
  clone.setAttribute("x", "0");
  clone.setAttribute("y", String(header));
  const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return [
    `<svg xmlns="${ns}" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${escape(font)}">`,
    `<rect width="100%" height="100%" fill="${background}"/>`,
    `<text x="8" y="26" font-size="18" font-weight="700" fill="${color}">${escape(title)}</text>`,
    new XMLSerializer().serializeToString(clone),
    `<text x="8" y="${total - 10}" font-size="11" fill="${color}">${escape(footer)}</text>`,
    "</svg>",
  ].join("");
}

/** Renders SVG text to a PNG at `scale`× for sharp slides. */
export async function svgToPng(svgText: string, scale = 2): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
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
