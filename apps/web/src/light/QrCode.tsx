/** @jsxImportSource preact */
import { create } from 'qrcode';
import { useMemo } from 'preact/hooks';
import type { SVGAttributes } from 'preact';

/** The dark modules of a QR code as one SVG path, a run of dark modules in a row per segment. */
function modulesPath(text: string, margin: number): { path: string; size: number } {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let y = 0; y < n; y++) {
    for (let x = 0; x < n; x++) {
      if (!modules.data[y * n + x]) continue;
      let run = 1;
      while (x + run < n && modules.data[y * n + x + run]) run++;
      parts.push(`M${x + margin} ${y + margin}h${run}v1h-${run}z`);
      x += run - 1;
    }
  }
  return { path: parts.join(''), size: n + 2 * margin };
}

/** A QR code of `value` as SVG (dark on white, level M, a quiet zone of `margin` modules). */
export function QrCode({ value, size, margin = 2, ...rest }: { value: string; size: number; margin?: number } & SVGAttributes<SVGSVGElement>) {
  const qr = useMemo(() => modulesPath(value, margin), [value, margin]);
  return (
    <svg width={size} height={size} viewBox={`0 0 ${qr.size} ${qr.size}`} shapeRendering="crispEdges" {...rest}>
      <path fill="#FFFFFF" d={`M0 0h${qr.size}v${qr.size}H0z`} />
      <path fill="#000000" d={qr.path} />
    </svg>
  );
}
