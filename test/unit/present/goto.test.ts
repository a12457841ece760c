import { describe, expect, it } from 'vitest';
import { typeGoto } from '../../../src/present/goto';

describe('typeGoto', () => {
  it('adds digits (four at most), takes one back with Backspace and goes on Enter', () => {
    expect(typeGoto('1', { key: '2' })).toEqual({ typed: '12' });
    expect(typeGoto('1234', { key: '5' })).toEqual({ typed: '2345' });
    expect(typeGoto('12', { key: 'Backspace' })).toEqual({ typed: '1' });
    expect(typeGoto('12', { key: 'Enter' })).toEqual({ typed: null, slide: 12 });
  });
  it('closes on Enter with nothing typed, on Esc and on G; other keys are not its own', () => {
    expect(typeGoto('', { key: 'Enter' })).toEqual({ typed: null });
    expect(typeGoto('3', { key: 'Escape' })).toEqual({ typed: null });
    expect(typeGoto('3', { key: 'п', code: 'KeyG' })).toEqual({ typed: null });
    expect(typeGoto('3', { key: 'ArrowRight' })).toBeNull();
  });
});
