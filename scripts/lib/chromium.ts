/**
 * How every script, benchmark and browser test starts Chromium: Debian's build at `/usr/bin/chromium`
 * (or `CHROMIUM_PATH`), headless, with software WebGL and none of Chromium's own network traffic.
 */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--enable-unsafe-swiftshader', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
