/**
 * Files the user takes along: a standalone SVG of the wheel (its look copied from the page's CSS
 * into the file), a PNG drawn from it, and plain downloads. Browser-only; nothing is uploaded.
 */
const copiedProperties = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'font-family'] as const;

/**
 * The box a file must show: the drawing's viewBox, widened to the text around the ring (long area
 * names reach past it, and a file has no overflow: visible, so "Studier och" was cut off).
 */
export function exportBox(viewBox: readonly [number, number, number, number], content: {x: number; y: number; width: number; height: number}, margin = 8): [number, number, number, number] {
  const left = Math.min(viewBox[0], content.x - margin);
  const top = Math.min(viewBox[1], content.y - margin);
  const right = Math.max(viewBox[0] + viewBox[2], content.x + content.width + margin);
  const bottom = Math.max(viewBox[1] + viewBox[3], content.y + content.height + margin);
  // Square and centred, like the wheel.
  const half = Math.max(-left, -top, right, bottom);
  return [-half, -half, half * 2, half * 2];
}

/** The SVG as a file that looks the same outside the page, with the area names (not the phone's numbers). */
export function standaloneSvg(svg: SVGSVGElement, title: string): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const copies = [copy, ...Array.from(copy.querySelectorAll('*'))];
  originals.forEach((original, index) => {
    const target = copies[index] as SVGElement | undefined;
    if (!target) return;
    const computed = window.getComputedStyle(original);
    const style = copiedProperties.map((property) => `${property}:${computed.getPropertyValue(property)}`).join(';');
    target.setAttribute('style', `${target.getAttribute('style') ?? ''};${style}`);
    target.removeAttribute('class');
  });
  copy.querySelectorAll('[data-label=number]').forEach((element) => element.remove());
  // The file is drawn at full size: the scale as on a wide screen, not enlarged as on a phone.
  copy.querySelectorAll<SVGElement>('[data-label=scale]').forEach((element) => element.style.setProperty('font-size', '13px'));
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const drawn = copy.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
  // The names' extent as drawn at full size (on a phone they are hidden, so measure the labels' text).
  const names = Array.from(svg.querySelectorAll<SVGTextElement>('[data-label=name]'));
  const extents = names.map((name) => estimateTextBox(name));
  const content = extents.reduce(
    (all, box) => {
      const x = Math.min(all.x, box.x);
      const y = Math.min(all.y, box.y);
      return {x, y, width: Math.max(all.x + all.width, box.x + box.width) - x, height: Math.max(all.y + all.height, box.y + box.height) - y};
    },
    {x: drawn[0], y: drawn[1], width: drawn[2], height: drawn[3]},
  );
  const box = exportBox(drawn, content);
  copy.setAttribute('viewBox', box.join(' '));
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('x', String(box[0]));
  background.setAttribute('y', String(box[1]));
  background.setAttribute('width', String(box[2]));
  background.setAttribute('height', String(box[3]));
  background.setAttribute('fill', window.getComputedStyle(document.body).backgroundColor || '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  const titleElement = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleElement.textContent = title;
  copy.insertBefore(titleElement, copy.firstChild);
  copy.setAttribute('width', String(box[2]));
  copy.setAttribute('height', String(box[3]));
  return new XMLSerializer().serializeToString(copy);
}

/** A text element's box in SVG units, from its anchor and lines (works when it is hidden by CSS). */
function estimateTextBox(text: SVGTextElement): {x: number; y: number; width: number; height: number} {
  const x = Number(text.getAttribute('x') ?? 0);
  const y = Number(text.getAttribute('y') ?? 0);
  const lines = Array.from(text.querySelectorAll('tspan')).map((line) => line.textContent ?? '');
  if (lines.length === 0) lines.push(text.textContent ?? '');
  // Bold 14 px text: about 0.62 em per character is a safe upper bound for Swedish words.
  const width = Math.max(...lines.map((line) => line.length)) * 14 * 0.62;
  const height = lines.length * 15 + 4;
  const anchor = text.getAttribute('text-anchor');
  const left = anchor === 'end' ? x - width : anchor === 'middle' ? x - width / 2 : x;
  return {x: left, y: y - 12, width, height};
}

export function download(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Draws the standalone SVG on a canvas, `scale` times its size, and returns a PNG. */
export function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = width * scale;
      canvas.height = height * scale;
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('Bilden kunde inte ritas.'));
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('Bilden kunde inte skapas.'))), 'image/png');
    };
    image.onerror = () => reject(new Error('Bilden kunde inte ritas.'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  });
}
