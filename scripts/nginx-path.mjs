// Where the tests find nginx: NGINX_PATH, or Debian's /usr/sbin/nginx.
export function nginxPath() {
  return process.env.NGINX_PATH ?? '/usr/sbin/nginx';
}
