import {spawn, spawnSync, type ChildProcess} from 'node:child_process';
import {rmSync, writeFileSync} from 'node:fs';
import {connect as connectTcp} from 'node:net';
import {connect as connectTls} from 'node:tls';
import {join} from 'node:path';
import {expect, test} from './support/test';
import {buildDir} from './support/site';
import {writeNginxConfig} from '../../scripts/nginx-config.mjs';
import {nginxPath} from '../../scripts/nginx-path.mjs';

/**
 * Hostile and odd requests against the site's real nginx block (deploy/nginx, served by
 * scripts/serve-nginx.mjs as for the browser tests), sent as raw bytes so that nothing on the way
 * tidies them: paths out of the web root, %00, a URL too long, dotfiles, other methods, many
 * ranges, an unknown Host, and the redirects. No answer may be a 5xx or leak a file outside build/.
 */
const port = Number(process.env.TEST_PORT ?? 4173);

interface Answer {
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

function parse(raw: string): Answer {
  if (raw === '') return {status: null, headers: {}, body: ''};
  const [head = '', ...rest] = raw.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  return {status: Number(statusLine.split(' ')[1]) || null, headers, body: rest.join('\r\n\r\n')};
}

/** Sends `request` as it is and reads until the server closes; status null = closed without an answer. */
function send(request: string, {tls = false, to = port, servername}: {tls?: boolean; to?: number; servername?: string} = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = tls
      ? connectTls({host: '127.0.0.1', port: to, servername, rejectUnauthorized: false}, () => socket.write(request))
      : connectTcp({host: '127.0.0.1', port: to}, () => socket.write(request));
    socket.setTimeout(10_000, () => socket.destroy(new Error(`inget svar på ${request.slice(0, 60)}`)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', () => resolve(parse(Buffer.concat(chunks).toString('utf8'))));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(parse(Buffer.concat(chunks).toString('utf8'))) : reject(error)));
  });
}

const get = (target: string, {method = 'GET', host = `127.0.0.1:${port}`, extra = ''} = {}) =>
  send(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\n${extra}Connection: close\r\n\r\n`);

function expectSecurityHeaders(answer: Answer, what: string) {
  expect(answer.headers['content-security-policy'], `${what}: Content-Security-Policy`).toContain("default-src 'self'");
  expect(answer.headers['x-content-type-options'], `${what}: X-Content-Type-Options`).toBe('nosniff');
  expect(answer.headers['x-frame-options'], what).toBe('DENY');
  expect(answer.headers['x-permitted-cross-domain-policies'], what).toBe('none');
  expect(answer.headers['permissions-policy'], what).not.toContain('interest-cohort');
}

test('sökvägar utanför webbroten och %00 ger 400 med rubrikerna och svensk sida, aldrig en fil', async () => {
  for (const target of ['/../../../../etc/passwd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/assets/../../../etc/passwd', '/metodhandbok%00.html', '/%00']) {
    const answer = await get(target);
    expect([400, 404], target).toContain(answer.status);
    expect(answer.body, target).not.toContain('root:x:0:0');
    expectSecurityHeaders(answer, target);
    expect(answer.body, target).toMatch(/<html lang="?sv"?/);
  }
  const parent = await get('/../../etc/passwd');
  expect(parent.status).toBe(400);
  expect(parent.body).toContain('Felaktig förfrågan');
});

test('en för lång adress ger 414 med rubrikerna och en svensk sida', async () => {
  const answer = await get(`/${'a'.repeat(12_000)}`);
  expect(answer.status).toBe(414);
  expectSecurityHeaders(answer, '414');
  expect(answer.body).toContain('Adressen är för lång');
});

test.describe('punktfiler', () => {
  const dotfile = join(buildDir, '.hemlig-testfil');
  test.beforeAll(() => writeFileSync(dotfile, 'hemligt'));
  test.afterAll(() => rmSync(dotfile, {force: true}));

  test('nås inte, inte ens när de finns; /.well-known/ är inte spärrad', async () => {
    for (const target of ['/.hemlig-testfil', '/.git/config', '/.env', '/.htaccess', '/assets/.hemlig-testfil', '/.git/']) {
      const answer = await get(target);
      expect(answer.status, target).toBe(404);
      expect(answer.body, target).not.toContain('hemligt');
      expectSecurityHeaders(answer, target);
    }
    // Not denied by the dotfile rule: a missing file there is the site's ordinary 404 page.
    const wellKnown = await get('/.well-known/security.txt');
    expect(wellKnown.status).toBe(404);
    expect(wellKnown.body).toContain('Sidan hittades inte');
  });
});

test('bara GET och HEAD: andra metoder ger 405 med Allow, rubrikerna och en svensk sida', async () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND']) {
    const answer = await get('/', {method, extra: 'Content-Length: 0\r\n'});
    expect(answer.status, method).toBe(405);
    expect(answer.headers.allow, method).toBe('GET, HEAD');
    expectSecurityHeaders(answer, method);
    expect(answer.body, method).toContain('Förfrågan är inte tillåten');
  }
  expect((await get('/', {method: 'HEAD'})).status).toBe(200);
});

test('högst ett intervall per förfrågan: många intervall ger hela filen', async () => {
  const many = await get('/', {extra: `Range: bytes=${Array.from({length: 50}, (_, index) => `${index * 2}-${index * 2}`).join(',')}\r\n`});
  expect(many.status).toBe(200);
  expect(many.headers['content-type']).toContain('text/html');
  const one = await get('/', {extra: 'Range: bytes=0-9\r\n'});
  expect(one.status).toBe(206);
  expect(one.body).toHaveLength(10);
});

test('en okänd eller saknad Host får inget svar alls', async () => {
  expect((await get('/', {host: 'angripare.example'})).status).toBeNull();
  expect((await send('GET / HTTP/1.0\r\n\r\n')).status).toBeNull();
  const known = await get('/', {host: 'metodhandbok.example.se'});
  expect(known.status).toBe(200);
  expectSecurityHeaders(known, 'känd Host');
});

test('/metodhandbok/ leder till /metodhandbok, och omdirigeringen leder aldrig till en annan webbplats', async () => {
  const slash = await get('/metodhandbok/');
  expect(slash.status).toBe(301);
  expect(slash.headers.location).toBe('/metodhandbok');
  expectSecurityHeaders(slash, '301');
  expect((await get('/samordningsteamen/sala/?x=1')).headers.location).toBe('/samordningsteamen/sala?x=1');
  for (const target of ['//angripare.example/', '/%2F%2Fangripare.example/', '/%5Cangripare.example/', '/x%0D%0ASet-Cookie:%20a=b/']) {
    const answer = await get(target);
    expect(answer.status, target).toBeLessThan(500);
    expect(answer.headers['set-cookie'], target).toBeUndefined();
    if (answer.headers.location) expect(answer.headers.location, target).toMatch(/^\/[^/\\]/);
  }
});

test('/404 svarar 404, och felsidorna går inte att öppna direkt', async () => {
  for (const target of ['/404', '/404.html', '/_fel/400.html', '/sidan-finns-inte']) {
    const answer = await get(target);
    expect(answer.status, target).toBe(404);
    expect(answer.body, target).toContain('Sidan hittades inte');
  }
});

test.describe('HTTPS-exemplet (deploy/nginx/samordningsteamen-https.conf)', () => {
  const httpPort = port + 1000;
  const httpsPort = port + 1001;
  let nginx: ChildProcess | undefined;

  test.beforeAll(async () => {
    const {prefix: keys} = writeNginxConfig({serverFile: 'samordningsteamen-https.conf', root: buildDir, ports: {}});
    const key = join(keys, 'test.key');
    const cert = join(keys, 'test.crt');
    const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=metodhandbok.example.se', '-keyout', key, '-out', cert], {encoding: 'utf8'});
    expect(openssl.status, `openssl: ${openssl.stderr}`).toBe(0);
    // The certificate paths are the only thing the test changes beyond writeNginxConfig's.
    const {prefix: prefixOf, configFile: withCerts} = writeNginxConfig({
      serverFile: 'samordningsteamen-https.conf',
      root: buildDir,
      ports: {80: httpPort, 443: httpsPort},
      replacements: [
        ['/etc/letsencrypt/live/metodhandbok.example.se/fullchain.pem', cert],
        ['/etc/letsencrypt/live/metodhandbok.example.se/privkey.pem', key],
      ],
    });
    const check = spawnSync(nginxPath(), ['-t', '-p', prefixOf, '-c', withCerts], {encoding: 'utf8'});
    expect(check.status, `nginx -t: ${check.stderr}`).toBe(0);
    nginx = spawn(nginxPath(), ['-p', prefixOf, '-c', withCerts, '-g', 'daemon off;'], {stdio: 'ignore'});
    // Ready when it accepts connections on both ports.
    const listening = (to: number) =>
      new Promise<boolean>((resolve) => {
        const socket = connectTcp({host: '127.0.0.1', port: to}, () => {
          socket.destroy();
          resolve(true);
        });
        socket.on('error', () => resolve(false));
      });
    for (let tries = 0; tries < 100 && !((await listening(httpPort)) && (await listening(httpsPort))); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  test.afterAll(() => {
    nginx?.kill('SIGQUIT');
  });

  test('HTTP leder till HTTPS, HTTPS skickar HSTS och rubrikerna, en okänd Host får inget certifikat', async () => {
    const http = await send(`GET /metodhandbok?x=1 HTTP/1.1\r\nHost: metodhandbok.example.se\r\nConnection: close\r\n\r\n`, {to: httpPort});
    expect(http.status).toBe(301);
    expect(http.headers.location).toBe('https://metodhandbok.example.se/metodhandbok?x=1');
    expect(http.headers['strict-transport-security']).toBeUndefined();

    const https = await send(`GET /metodhandbok HTTP/1.1\r\nHost: metodhandbok.example.se\r\nConnection: close\r\n\r\n`, {tls: true, to: httpsPort, servername: 'metodhandbok.example.se'});
    expect(https.status).toBe(200);
    expect(https.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expectSecurityHeaders(https, 'HTTPS');
    const error = await send(`POST / HTTP/1.1\r\nHost: metodhandbok.example.se\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`, {tls: true, to: httpsPort, servername: 'metodhandbok.example.se'});
    expect(error.status).toBe(405);
    expect(error.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');

    await expect(send('GET / HTTP/1.1\r\nHost: angripare.example\r\n\r\n', {tls: true, to: httpsPort, servername: 'angripare.example'})).rejects.toThrow(/alert|handshake|unrecognized name/i);
  });
});
