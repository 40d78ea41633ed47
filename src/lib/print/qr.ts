/** A QR code for the printed permalink, as a module matrix (drawn as SVG or on a painter). */
import qrcode from 'qrcode-generator';

export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const n = qr.getModuleCount();
  return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

/** The dark modules as one SVG path in a box of `size` units, with a quiet zone of 2 modules. */
export function qrPath(matrix: boolean[][], size: number): string {
  const n = matrix.length + 4;
  const m = size / n;
  let d = '';
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (dark)
        d += `M${((c + 2) * m).toFixed(3)} ${((r + 2) * m).toFixed(3)}h${m.toFixed(3)}v${m.toFixed(3)}h-${m.toFixed(3)}z`;
    }),
  );
  return d;
}
