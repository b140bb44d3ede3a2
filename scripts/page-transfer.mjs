// What a page costs a visitor's connection: every response the page loads until the network is
// idle (HTML, CSS, scripts, images), in bytes as transferred (gzip from nginx), by resource type.
// Used by `npm run bench:scale`; runnable alone against a running server:
//   node scripts/page-transfer.mjs http://127.0.0.1:4173/metodhandbok/bip
import {chromium} from '@playwright/test';
import {chromiumPath} from './chromium-path.mjs';

/** @returns {Promise<{url: string, totalBytes: number, byType: Record<string, number>, htmlBytes: number}>} */
export async function pageTransfer(url, browser) {
  const ownBrowser = browser ?? (await chromium.launch({executablePath: chromiumPath()}));
  try {
    const page = await ownBrowser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const responses = new Map();
    cdp.on('Network.responseReceived', (event) => responses.set(event.requestId, {type: event.type, url: event.response.url, bytes: 0}));
    cdp.on('Network.loadingFinished', (event) => {
      const response = responses.get(event.requestId);
      if (response) response.bytes = event.encodedDataLength;
    });
    await page.goto(url, {waitUntil: 'networkidle'});
    const htmlBytes = Buffer.byteLength(await (await page.request.get(url, {headers: {'accept-encoding': 'identity'}})).text());
    await page.close();
    const byType = {};
    let totalBytes = 0;
    for (const response of responses.values()) {
      if (response.url.startsWith('data:')) continue;
      byType[response.type] = (byType[response.type] ?? 0) + response.bytes;
      totalBytes += response.bytes;
    }
    return {url, totalBytes, byType, htmlBytes};
  } finally {
    if (!browser) await ownBrowser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const url of process.argv.slice(2)) {
    const {totalBytes, byType, htmlBytes} = await pageTransfer(url);
    console.log(url, `${(totalBytes / 1024).toFixed(1)} KiB överfört`, Object.entries(byType).map(([type, bytes]) => `${type} ${(bytes / 1024).toFixed(1)}`).join(', '), `; HTML okomprimerad ${(htmlBytes / 1024).toFixed(1)} KiB`);
  }
}
