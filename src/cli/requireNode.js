// Plain JavaScript on purpose: this guard must run on whatever Node is on the PATH, including
// Node 20, which cannot load TypeScript. npm scripts normally run on the Node 24 that the `node`
// devDependency installs into node_modules/.bin; when its install script was skipped they fall back
// to the system Node, and Astro 7 then fails with an obscure error. Say so plainly instead.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `This project needs Node >= 22.12, but npm ran Node ${process.version}.\n` +
      'The `node` devDependency supplies Node 24 to npm scripts once its install script has run.\n' +
      'Fix: run `npm install` (without --ignore-scripts), or `npm rebuild node`, then try again.',
  );
  process.exit(1);
}
