// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { PRESENT_CSS, injectCss } from '../../../src/present/present-css';

const print = PRESENT_CSS.slice(PRESENT_CSS.indexOf('@media print'));

describe('PRESENT_CSS', () => {
  it('prints one 1920×1080 page per slide, every slide shown, notes and the runtime boxes left out', () => {
    expect(print).toContain('@page { size: 1920px 1080px; margin: 0; }');
    expect(print).toMatch(/\.slide[^{]*\{[^}]*visibility: visible;[^}]*break-after: page;/);
    expect(PRESENT_CSS).toMatch(/\.slide \.notes \{ display: none; \}/);
    expect(print).toMatch(/\.present-ui, \.present-tip \{ display: none; \}/);
  });
  it('scales the canvas by the variable the runtime sets', () => {
    expect(PRESENT_CSS).toMatch(/width: 1920px; height: 1080px;/);
    expect(PRESENT_CSS).toContain('transform: scale(var(--deck-scale))');
  });
  it('injectCss adds one style element however often it is called', () => {
    injectCss(document);
    injectCss(document);
    expect(document.head.querySelectorAll('style')).toHaveLength(1);
    expect(document.head.querySelector('style')?.textContent).toBe(PRESENT_CSS);
  });
});
