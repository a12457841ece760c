import { describe, expect, it } from 'vitest';
import { actionOf, digitOf } from '../../../src/present/keys';

const act = (key: string, more = {}) => actionOf({ key, ...more });

describe('actionOf', () => {
  it('moves on with →, Space, Page Down (what clickers send) and back with ←, Page Up, Shift+Space', () => {
    expect(['ArrowRight', ' ', 'PageDown', 'ArrowDown'].map((k) => act(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp', 'ArrowUp'].map((k) => act(k))).toEqual(['back', 'back', 'back']);
    expect(act(' ', { shiftKey: true })).toBe('back');
  });
  it('maps the reveal.js letters in either case, and Home, End, Esc', () => {
    expect(['f', 'O', 'g', 's', 'B', '.', 'c'].map((k) => act(k))).toEqual([
      'fullscreen',
      'overview',
      'goto',
      'speaker',
      'black',
      'black',
      'contrast',
    ]);
    expect([act('Home'), act('End'), act('Escape'), act('?')]).toEqual(['first', 'last', 'leave', 'help']);
  });
  it('reads the physical key when a Cyrillic layout types another letter', () => {
    expect(act('а', { code: 'KeyF' })).toBe('fullscreen');
    expect(act('ю', { code: 'Period' })).toBe('black');
    expect(act('щ', { code: 'KeyO' })).toBe('overview');
  });
  it('leaves shortcuts with Ctrl, Alt or ⌘ and unknown keys to the browser', () => {
    expect(act('f', { ctrlKey: true })).toBeNull();
    expect(act('ArrowRight', { altKey: true })).toBeNull();
    expect(act('s', { metaKey: true })).toBeNull();
    expect(act('x')).toBeNull();
    expect(act('Tab')).toBeNull();
  });
});

describe('digitOf', () => {
  it('reads digits only', () => {
    expect([digitOf({ key: '7' }), digitOf({ key: '0' }), digitOf({ key: 'g' })]).toEqual([7, 0, null]);
  });
});
