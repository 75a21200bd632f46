// `npm start` runs this first: a port already taken is said in one line, before any build, and the
// exit code is 1. PORT chooses the port (default 8000), as web-dev-server.config.mjs reads it.
import { createServer } from 'node:net';

const text = process.env.PORT ?? '8000';
const port = Number(text);
if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
  console.error(`PORT=${text} is not a port number (1 to 65535): try PORT=8080 npm start.`);
  process.exit(1);
}
const server = createServer();
server.once('error', (error) => {
  console.error(
    error.code === 'EADDRINUSE'
      ? `Port ${port} is already in use: stop what uses it, or choose another port, e.g. PORT=${port === 8080 ? 8081 : 8080} npm start.`
      : `Cannot listen on port ${port} (${error.code ?? error.message}): choose another port, e.g. PORT=8080 npm start.`,
  );
  process.exit(1);
});
server.listen(port, () => server.close());
