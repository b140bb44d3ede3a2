/**
 * Files the user takes along: a standalone SVG of the wheel (its look copied from the page's CSS
 * into the file), a PNG drawn from it, and plain downloads. Browser-only; nothing is uploaded.
 */
const copiedProperties = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-size', 'font-weight', 'font-family'] as const;

/** The SVG as a file that looks the same outside the page. */
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
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const box = copy.getAttribute('viewBox')!.split(' ').map(Number) as [number, number, number, number];
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
