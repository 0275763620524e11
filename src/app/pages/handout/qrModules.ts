import { encode } from "uqr";

/** The light margin a reader needs around the code, in modules (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

export interface QrModules {
  /** Modules per side, without the quiet zone. */
  size: number;
  /** One SVG path of every dark module, in module units from the code's top left corner. */
  d: string;
}

/**
 * A QR code of `text` as one path: each run of dark modules in a row is one rectangle. Error correction
 * level M (15 %) survives a crease or a smudge on paper and keeps a short URL at version 3 or 4.
 */
export function qrModules(text: string): QrModules {
  const { data, size } = encode(text, { ecc: "M", border: 0 });
  let d = "";
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < size && row[x]) x += 1;
      d += `M${start} ${y}h${x - start}v1h${start - x}z`;
    }
  });
  return { size, d };
}
