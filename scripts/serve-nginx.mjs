// Serves build/ with nginx and the site's real server block (deploy/nginx), for the browser
// tests and for trying the production configuration locally:
//   node scripts/serve-nginx.mjs [port] [folder]   (default 4173 and build/; stops with Ctrl+C)
// Only `listen`, `root`, the snippets' folder and server_name change (scripts/nginx-config.mjs).
import {spawn} from 'node:child_process';
import {existsSync} from 'node:fs';
import {join, resolve} from 'node:path';
import {nginxPath} from './nginx-path.mjs';
import {writeNginxConfig} from './nginx-config.mjs';

const port = Number(process.argv[2] ?? process.env.TEST_PORT ?? 4173);
const root = resolve(process.argv[3] ?? 'build');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html saknas: kör "npm run build" först.`);
  process.exit(1);
}
if (!existsSync(nginxPath())) {
  console.error(`nginx saknas (${nginxPath()}): kör "node scripts/ensure-system-packages.mjs" eller sätt NGINX_PATH.`);
  process.exit(1);
}

const {prefix, configFile} = writeNginxConfig({root, ports: {80: port}});

const nginx = spawn(nginxPath(), ['-p', prefix, '-c', configFile, '-g', 'daemon off;'], {stdio: 'inherit'});
console.log(`nginx serverar ${root} på http://127.0.0.1:${port}/ (konfiguration: ${configFile})`);
const stop = () => nginx.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
nginx.on('exit', (code) => process.exit(code ?? 0));
