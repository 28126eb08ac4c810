/**
 * The committed icons (npm run icons, from resources/icon.svg): every size the installers need
 * exists and is the size its name or directory entry says. Read by their formats' headers: a
 * PNG's IHDR, an .ico's directory and bitmap header, an .icns's blocks.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const resources = resolve(import.meta.dirname, '../../resources');
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height of a PNG from its IHDR chunk (right after the 8-byte signature). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).equals(pngSignature), 'a PNG signature').toBe(true);
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons drawn from resources/icon.svg', () => {
  it('has the 1024 px icon.png electron-builder falls back on', () => {
    expect(pngSize(readFileSync(resolve(resources, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it.each([16, 24, 32, 48, 64, 128, 256, 512, 1024])('has the Linux icon of %i px, named by its size', (size) => {
    expect(pngSize(readFileSync(resolve(resources, 'icons', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
  });

  it('has a Windows .ico holding 16 to 256 px images, each the size its entry says', () => {
    const ico = readFileSync(resolve(resources, 'icon.ico'));
    // ICONDIR: reserved 0, type 1 (icon), count; then 16-byte entries (width 0 means 256).
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes: number[] = [];
    for (let index = 0; index < ico.readUInt16LE(4); index += 1) {
      const entry = 6 + 16 * index;
      const size = ico[entry] || 256;
      expect(ico[entry + 1] || 256).toBe(size);
      const image = ico.subarray(ico.readUInt32LE(entry + 12), ico.readUInt32LE(entry + 12) + ico.readUInt32LE(entry + 8));
      if (image.subarray(0, 8).equals(pngSignature)) {
        expect(pngSize(image)).toEqual({ width: size, height: size });
      } else {
        // A BITMAPINFOHEADER, whose height counts the colour and the mask rows.
        expect([image.readUInt32LE(0), image.readInt32LE(4), image.readInt32LE(8)]).toEqual([40, size, 2 * size]);
      }
      sizes.push(size);
    }
    expect(sizes.toSorted((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256]);
  });

  it('has a macOS .icns with every PNG size from 32 to 1024 px and the small 16 and 32 px bitmaps', () => {
    const icns = readFileSync(resolve(resources, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    // Apple's block types: ic11-ic14 are the @2x PNGs of 16-256, ic07-ic10 the 1x of 128-1024.
    const pngBlocks: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024, ic11: 32, ic12: 64, ic13: 256, ic14: 512 };
    const found = new Set<string>();
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) {
      const type = icns.toString('latin1', offset, offset + 4);
      found.add(type);
      const size = pngBlocks[type];
      if (size !== undefined) {
        const image = icns.subarray(offset + 8, offset + icns.readUInt32BE(offset + 4));
        expect(pngSize(image), type).toEqual({ width: size, height: size });
      }
    }
    // is32/s8mk and il32/l8mk: 16 and 32 px bitmaps with masks, which older Finder views use.
    expect([...found].toSorted()).toEqual([...Object.keys(pngBlocks), 'il32', 'is32', 'l8mk', 's8mk'].toSorted());
  });

  it('draws them all from one SVG whose tile is the accent colour of the interface', () => {
    const svg = readFileSync(resolve(resources, 'icon.svg'), 'utf8');
    const tokens = readFileSync(resolve(import.meta.dirname, '../../renderer/src/styles/tokens.css'), 'utf8');
    const accent = /--accent: light-dark\((#[0-9a-f]{6}),/i.exec(tokens)?.[1];
    expect(accent).toBeDefined();
    expect(svg).toContain(`fill="${accent}"`);
  });
});
