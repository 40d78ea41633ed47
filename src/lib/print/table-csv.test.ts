import { describe, expect, it } from 'vitest';
import { csvCell, tableCsv } from './table-csv.ts';
import { incident } from '../domain/test/make-incident.ts';
import { speaking } from '../i18n/test/speaking.ts';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks, and disarms formulas', () => {
    expect(csvCell('Kabul')).toBe('Kabul');
    expect(csvCell('Kurram, Khyber Pakhtunkhwa')).toBe('"Kurram, Khyber Pakhtunkhwa"');
    expect(csvCell('the "official" count')).toBe('"the ""official"" count"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(12.5)).toBe('12.5');
  });
});

describe('tableCsv', () => {
  it('lists every incident in table order, numbered only on the map', () => {
    const a = incident({ id: 'a', location_name: 'Spin Boldak, Kandahar', admin1: 'Kandahar' }, [66.4, 31.0]);
    const b = incident({ id: 'b' }, [80, 20]);
    const c = incident({ id: 'c' }, null);
    const lines = tableCsv({ inView: [a], offMap: [b], unlocated: [c] }, true)
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]!.split(',')[0]).toBe('number on map');
    expect(lines[1]).toMatch(/^1,a,9 Oct 2025,2025-10-09,2025-10-09,day,Airstrike,/);
    expect(lines[1]).toContain('"Spin Boldak, Kandahar"');
    expect(lines[1]).toContain(',66.4,31,');
    expect(lines[2]).toMatch(/^,b,/);
    expect(lines[3]).toMatch(/^,c,/);
    expect(lines[3]).toContain('not on the map');
    expect(tableCsv({ inView: [a], offMap: [], unlocated: [] }, false).split('\r\n')[1]).toMatch(/^,a,/);
  });

  it("writes its header in the reader's language", () => {
    const a = incident({ id: 'a' }, [66.4, 31.0]);
    const header = speaking('fa-AF', () => tableCsv({ inView: [a], offMap: [], unlocated: [] }, true));
    expect(header.split('\r\n')[0]).toMatch(/^شماره روی نقشه,شناسه,تاریخ,از تاریخ,تا تاریخ,/);
  });
});
