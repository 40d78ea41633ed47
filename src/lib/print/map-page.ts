/**
 * The map page's layout: title and subtitle, the map image with its scale bar and north arrow,
 * the legend, the locator inset, the footer (print time, permalink, attribution, articles) and
 * the QR code, drawn on any painter.
 */
import type { PageContent } from './content.ts';
import { pathRings, PT, swatch, wrap, type Painter, type TextStyle } from './painter.ts';
import { theme } from '../theme/theme.ts';

/** The map page, drawn the way the page view lays it out. */
export function paintMapPage(p: Painter, page: PageContent): void {
  const L = page.layout;
  p.rect({ x: 0, y: 0, w: L.page.w, h: L.page.h }, '#ffffff');
  p.text(page.title, L.title.x, L.title.y + 6, { size: 16, bold: true, color: '#1f2a36' });
  p.text(page.subtitle, L.subtitle.x, L.subtitle.y + 4, { size: 10, color: '#4a5663' });

  // Map, scale bar, north arrow.
  p.image(page.map.dataUrl, L.map);
  p.rect(L.map, undefined, '#1f2a36', 0.3);
  const sx = L.map.x + 3,
    sy = L.map.y + L.map.h - 3;
  const labelW = p.textWidth(page.scale.label, { size: 7 });
  p.rect({ x: sx, y: sy - 8, w: page.scale.mm + labelW + 6, h: 8 }, 'rgba(255,255,255,0.9)');
  p.rect({ x: sx + 2, y: sy - 6.5, w: page.scale.mm / 2, h: 1.4 }, '#1f2a36');
  p.rect({ x: sx + 2, y: sy - 6.5, w: page.scale.mm, h: 1.4 }, undefined, '#1f2a36', 0.3);
  p.text('0', sx + 2, sy - 1.5, { size: 7 });
  p.text(page.scale.label, sx + 2 + page.scale.mm, sy - 1.5, { size: 7 });
  const nx = L.map.x + L.map.w - 12,
    ny = L.map.y + 3;
  p.rect({ x: nx, y: ny, w: 9, h: 11 }, 'rgba(255,255,255,0.85)');
  const rot = (-page.map.bearing * Math.PI) / 180;
  const turn = ([x, y]: [number, number]): [number, number] => {
    const dx = x - 5,
      dy = y - 6;
    return [
      nx + 0.5 + 5 + dx * Math.cos(rot) - dy * Math.sin(rot),
      ny + 6 + dx * Math.sin(rot) + dy * Math.cos(rot) - 1,
    ];
  };
  p.polygons(
    [
      [
        [5, 0.8],
        [8.4, 10],
        [5, 8],
        [1.6, 10],
      ].map((q) => turn(q as [number, number])),
    ],
    '#1f2a36',
  );
  p.polygons(
    [
      [
        [5, 0.8],
        [5, 8],
        [1.6, 10],
      ].map((q) => turn(q as [number, number])),
    ],
    '#ffffff',
    '#1f2a36',
    0.2,
  );
  p.text('N', nx + 5.5, ny + 10.8, { size: 7, bold: true, align: 'center' });

  // Legend: one column beside the map, two under it (as the page view).
  let y = L.legend.y + 3;
  p.text('LEGEND', L.legend.x, y, { size: 8, bold: true });
  y += 4.5;
  const columns = L.legend.w > 90 ? 2 : 1;
  const colW = (L.legend.w - (columns - 1) * 4) / columns;
  const rowsOf = page.legend.map((e) => wrap(p, e.label, colW - 12, { size: 7 }));
  for (let i = 0; i < page.legend.length; i += columns) {
    const height = Math.max(
      ...rowsOf.slice(i, i + columns).map((lines) => Math.max(4.4, lines.length * 3 + 1.4)),
    );
    if (y > L.legend.y + L.legend.h - 2) break;
    for (let c = 0; c < columns && i + c < page.legend.length; c++) {
      const x = L.legend.x + c * (colW + 4);
      swatch(p, page.legend[i + c]!.swatch, x, y - 1);
      rowsOf[i + c]!.forEach((line, k) => p.text(line, x + 11.5, y + k * 3, { size: 7 }));
    }
    y += height;
  }
  if (page.unlocated && y < L.legend.y + L.legend.h - 4) {
    const note = `${page.unlocated} matching incident${page.unlocated === 1 ? ' has' : 's have'} no place precise enough to draw; see the table.`;
    for (const line of wrap(p, note, L.legend.w, { size: 7, color: '#4a5663' })) {
      p.text(line, L.legend.x, y + 1, { size: 7, color: '#4a5663' });
      y += 3;
    }
  }

  // Locator inset.
  const I = L.inset;
  p.rect(I, theme.sea);
  p.clip(I);
  for (const c of page.inset.countries)
    p.polygons(
      pathRings(c.d).map((r) => r.map(([x, yy]) => [I.x + x, I.y + yy] as [number, number])),
      c.subject ? '#fbfaf7' : '#e6e1d8',
      '#8a8175',
      0.15,
    );
  if (page.inset.extent)
    p.polygons(
      pathRings(page.inset.extent).map((r) => r.map(([x, yy]) => [I.x + x, I.y + yy] as [number, number])),
      'rgba(179,38,30,0.15)',
      theme.durand,
      0.5,
    );
  p.unclip();
  p.rect(I, undefined, '#1f2a36', 0.3);
  p.text('Locator: printed area in red', I.x + 1.5, I.y + I.h - 1.5, { size: 6.5, color: '#4a5663' });

  // Footer and QR code.
  const F = L.footer;
  let fy = F.y + 2.5;
  const small: TextStyle = { size: 6, color: '#4a5663' };
  const paragraphs = [
    `${page.printed}. Open this view: ${page.permalink}`,
    page.attribution,
    `Articles (listed in full after the table): ${page.sourcesShort.join('; ')}`,
  ];
  paragraphs.forEach((para, i) => {
    const top = fy;
    for (const line of wrap(p, para, F.w, small)) {
      if (fy > F.y + F.h) break;
      p.text(line, F.x, fy, small);
      fy += 6 * PT * 1.3;
    }
    // The permalink is a link where the target has links (the PDF).
    if (i === 0) p.link?.({ x: F.x, y: top - 2.2, w: F.w, h: fy - top }, page.permalink);
    fy += 0.6;
  });
  const Q = L.qr;
  p.rect(Q, '#ffffff');
  const n = page.qr.length + 4,
    m = Q.w / n;
  page.qr.forEach((row, r) =>
    row.forEach(
      (dark, c) =>
        dark && p.rect({ x: Q.x + (c + 2) * m, y: Q.y + (r + 2) * m, w: m + 0.01, h: m + 0.01 }, '#000000'),
    ),
  );
}
