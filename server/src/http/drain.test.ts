import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';
import { HttpDrain } from './drain';

/**
 * Draining a real HTTP server on loopback, as main.ts does on SIGTERM. The handler stands for the
 * app: `/slow` waits until the test lets it answer, `/stream` sends its headers first and its
 * body when let go, anything else answers at once.
 */
interface Gate {
  open(): void;
  wait: Promise<void>;
}
function gate(): Gate {
  let open!: () => void;
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { open, wait };
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function request(port: number, path: string, agent: http.Agent | false = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

async function start() {
  const slow = gate();
  const stream = gate();
  const arrived = { slow: gate(), stream: gate() };
  const server = http.createServer();
  const drain = new HttpDrain(server, (req, res) => {
    if (req.url === '/slow') {
      arrived.slow.open();
      void slow.wait.then(() => res.end('slow done'));
    } else if (req.url === '/stream') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('first part;');
      arrived.stream.open();
      void stream.wait.then(() => res.end('last part'));
    } else {
      res.end('fast');
    }
  });
  server.on('request', drain.listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { server, drain, port, slow, stream, arrived };
}

function watch<T>(promise: Promise<T>) {
  const state = { settled: false };
  void promise.then(() => (state.settled = true));
  return state;
}

describe('draining the HTTP server', () => {
  it('closes idle keep-alive connections at once, answers what is in flight with Connection: close, answers newcomers 503 until the last request ends, then closes the listener', async () => {
    const { server, drain, port, slow, arrived } = await start();
    const agent = new http.Agent({ keepAlive: true, maxSockets: 5 });
    try {
      // An idle keep-alive connection (a load balancer's pooled one).
      expect((await request(port, '/fast', agent)).headers.connection).toBe('keep-alive');
      const idle = Object.values(agent.freeSockets).flat()[0]!;
      const idleClosed = new Promise<void>((resolve) => idle.once('close', () => resolve()));

      const inFlight = request(port, '/slow', new http.Agent({ keepAlive: true }));
      await arrived.slow.wait;
      const drained = watch(drain.drain());

      await idleClosed; // closed by the server, not by the client
      // A new connection while the request is in flight: answered, not reset.
      const newcomer = await request(port, '/graphql');
      expect(newcomer).toMatchObject({ status: 503, headers: { connection: 'close', 'retry-after': '5' } });
      expect(JSON.parse(newcomer.body).errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(await request(port, '/readyz')).toMatchObject({ status: 503, body: JSON.stringify({ status: 'draining' }) });
      expect((await request(port, '/healthz')).status).toBe(200);
      expect(drained.settled).toBe(false);

      slow.open();
      expect(await inFlight).toMatchObject({ status: 200, body: 'slow done', headers: { connection: 'close' } });
      await drain.drain(); // resolves as soon as the last request has ended
      expect(server.listening).toBe(false);
      await expect(request(port, '/fast')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      agent.destroy();
      drain.closeAll();
      server.close();
    }
  });

  it('lets a response whose headers were sent finish, then closes its connection', async () => {
    const { server, drain, port, stream, arrived } = await start();
    const agent = new http.Agent({ keepAlive: true });
    try {
      const streaming = request(port, '/stream', agent);
      await arrived.stream.wait;
      const socket = Object.values(agent.sockets).flat()[0]!;
      const socketClosed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
      const drained = watch(drain.drain());
      stream.open();
      expect(await streaming).toMatchObject({ status: 200, body: 'first part;last part', headers: { connection: 'keep-alive' } });
      await socketClosed;
      await drain.drain();
      expect(drained.settled).toBe(true);
    } finally {
      agent.destroy();
      drain.closeAll();
      server.close();
    }
  });

  it('finishes at once when nothing is in flight, and the deadline closes whatever is left', async () => {
    const idleServer = await start();
    await idleServer.drain.drain();
    expect(idleServer.server.listening).toBe(false);

    const { server, drain, port, arrived } = await start();
    const socket = net.connect(port, '127.0.0.1');
    const socketClosed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    socket.on('error', () => undefined);
    socket.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await arrived.slow.wait;
    const drained = watch(drain.drain());
    expect(drain.requestsInFlight).toBe(1);
    drain.closeAll(); // what main.ts does when SHUTDOWN_TIMEOUT_MS has passed
    await socketClosed;
    await drain.drain();
    expect(drained.settled).toBe(true);
    expect(server.listening).toBe(false);
  });
});
