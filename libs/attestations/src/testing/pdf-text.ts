import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF written with embedded TrueType fonts (as pdfkit writes them): content
 * streams show glyph codes (`[<0012003a> 10 <0041>] TJ`), which each font's ToUnicode CMap
 * maps back to characters. Enough for tests to read what a certificate says; not a general
 * PDF parser. Every shown string is decoded with every CMap of the file; the results for one
 * CMap are joined in order, one string per CMap.
 */
export function pdfText(pdf: Buffer): string[] {
  const streams: string[] = [];
  const raw = pdf.toString('latin1');
  const re = /(?<!end)stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    if (end < 0) break;
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(bytes.toString('latin1'));
    }
    re.lastIndex = end + 'endstream'.length;
  }
  const cmaps = streams.filter((s) => s.includes('begincmap')).map(parseCmap);
  const shown: string[] = [];
  for (const s of streams) {
    if (s.includes('begincmap')) continue;
    for (const arr of s.matchAll(/\[((?:\s*<[0-9a-fA-F]*>\s*-?[\d.]*)+)\]\s*TJ/g)) {
      shown.push([...arr[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!).join(''));
    }
  }
  return cmaps.map((map) =>
    shown
      .map((hex) => {
        let out = '';
        for (let i = 0; i + 4 <= hex.length; i += 4) out += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\uFFFD';
        return out;
      })
      .join('\n'),
  );
}

function utf16(spaced: string): string {
  const hex = spaced.replace(/\s/g, '');
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCmap(s: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of s.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const e of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
      const lo = parseInt(e[1]!, 16);
      const hi = parseInt(e[2]!, 16);
      const dst = e[3]!;
      if (dst.startsWith('[')) {
        [...dst.matchAll(/<([0-9a-fA-F\s]+)>/g)].forEach((d, i) => map.set(lo + i, utf16(d[1]!)));
      } else {
        const first = utf16(dst.slice(1, -1));
        for (let c = lo; c <= hi; c++) map.set(c, String.fromCharCode(first.charCodeAt(0) + (c - lo)));
      }
    }
  }
  for (const block of s.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const e of block[1]!.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(e[1]!, 16), utf16(e[2]!));
  }
  return map;
}
