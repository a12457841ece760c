import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ICONS, iconPng } from '../../../scripts/make-icons';

describe('the app icons', () => {
  it('are what scripts/make-icons.ts draws, byte for byte (the committed files are its output)', () => {
    for (const icon of ICONS)
      expect(iconPng(icon).equals(readFileSync(`public/icons/${icon.file}`)), icon.file).toBe(true);
  });

  it('are RGBA PNGs of their size: a maskable icon is opaque to the corners, an "any" icon has clear corners', () => {
    for (const icon of ICONS) {
      const png = iconPng(icon);
      expect(png.readUInt32BE(16)).toBe(icon.size);
      expect(png.readUInt32BE(20)).toBe(icon.size);
      const idat = png.subarray(41, 41 + png.readUInt32BE(33));
      const rows = inflateSync(idat);
      expect(rows.length).toBe(icon.size * (icon.size * 4 + 1));
      expect(rows[1 + 3]).toBe(icon.rounded ? 0 : 255);
    }
  });
});
