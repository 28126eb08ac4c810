// npm run icons: every icon the installers need, drawn from the one source, resources/icon.svg.
// sharp (libvips with librsvg) rasterises the SVG at each size, so small sizes are drawn, not
// shrunk from a large bitmap; icon-gen packs the Windows .ico and the macOS .icns. The outputs
// are committed: building installers needs no image tools. test/unit/icons.test.ts checks them.
import generateIcon from 'icon-gen';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import sharp from 'sharp';

const resources = resolve(import.meta.dirname, '../resources');
const source = resolve(resources, 'icon.svg');

/** Linux desktops pick the nearest of these (freedesktop icon theme sizes, and 512/1024 for HiDPI). */
const linuxSizes = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
/** Windows Explorer and the taskbar use 16 to 256 (Microsoft's "Construct icons" guidance). */
const icoSizes = [16, 24, 32, 48, 64, 128, 256];
/** The sizes of an .icns from macOS 11 on: 16 to 512 at 1x and 2x (1024). */
const icnsSizes = [16, 32, 64, 128, 256, 512, 1024];

/** Draws the SVG at `size` pixels square, as a PNG. */
function draw(size) {
  // 72 dpi is the SVG's own 1024 px; the density scales the vector drawing before rasterising.
  return sharp(readFileSync(source), { density: (72 * size) / 1024 }).resize(size, size).png({ compressionLevel: 9 });
}

mkdirSync(resolve(resources, 'icons'), { recursive: true });
await draw(1024).toFile(resolve(resources, 'icon.png'));
for (const size of linuxSizes) await draw(size).toFile(resolve(resources, 'icons', `${size}x${size}.png`));
await generateIcon(source, resources, {
  report: false,
  ico: { name: 'icon', sizes: icoSizes },
  icns: { name: 'icon', sizes: icnsSizes },
});
console.log(`Icons written to ${resources}: icon.png, icons/ (${linuxSizes.join(', ')}), icon.ico, icon.icns`);
