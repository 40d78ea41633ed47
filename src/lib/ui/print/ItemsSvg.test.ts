import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import type { Item, Page } from '../../print/model.ts';
import ItemsSvg from './ItemsSvg.svelte';
import PageSvg from './PageSvg.svelte';

const text = (t: string, x: number, align?: 'left' | 'right' | 'center'): Item => ({
  op: 'text',
  text: t,
  x,
  y: 10,
  style: { size: 7, ...(align ? { align } : {}) },
});

/** Each <text>'s direction and anchor, in order. */
const anchors = (body: string) =>
  [...body.matchAll(/<text[^>]*direction="(\w+)"[^>]*text-anchor="(\w+)"/g)].map(([, d, a]) => `${d} ${a}`);

describe('the page view’s text', () => {
  it('anchors left-to-right text as before: left at its start, right at its end', () => {
    const { body } = render(ItemsSvg, {
      props: { items: [text('Legend', 15), text('Page 1 of 2', 195, 'right'), text('N', 50, 'center')] },
    });
    expect(anchors(body)).toEqual(['ltr start', 'ltr end', 'ltr middle']);
  });

  it('on a right-to-left page, anchors each text by its alignment whatever its direction', () => {
    // Right-aligned Dari is a right-to-left paragraph anchored at its start (its right end); an
    // English line reads left to right, so its right end is its end; left-aligned Dari ends at x.
    const items = [
      text('راهنمای نقشه', 195, 'right'),
      text('Kabul (town)', 195, 'right'),
      text('صفحهٔ ۱', 15),
    ];
    const { body } = render(ItemsSvg, { props: { items, dir: 'rtl' } });
    expect(anchors(body)).toEqual(['rtl start', 'ltr end', 'rtl end']);
  });

  it('takes the page’s direction from the page', () => {
    const page: Page = { size: { w: 210, h: 297 }, dir: 'rtl', items: [text('راهنمای نقشه', 195, 'right')] };
    const { body } = render(PageSvg, { props: { page, label: 'page' } });
    expect(anchors(body)).toEqual(['rtl start']);
  });
});
