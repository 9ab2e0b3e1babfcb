import type http from 'node:http';
import type net from 'node:net';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE_BODY } from './service-unavailable';

/**
 * Graceful shutdown of one HTTP server, so that a load balancer loses no request while a process
 * is replaced. From `drain()` on:
 *
 * - every request not yet answered, and every new one, is answered with `Connection: close`, so
 *   keep-alive clients (the load balancer) open their next request elsewhere;
 * - idle keep-alive connections are closed at once; one whose response had already started is
 *   closed as soon as that response ends;
 * - the listener stays open while requests are in flight, and a request that arrives meanwhile
 *   (on a new connection, from a balancer that has not yet seen /readyz fail) gets 503
 *   SERVICE_UNAVAILABLE with Retry-After, which a balancer can retry on another process (/readyz
 *   itself answers 503 `draining`, /healthz stays 200: the process is alive);
 * - when the last request in flight has ended, the listener closes and `drain()` resolves: the
 *   process need not wait out its shutdown deadline.
 *
 * WebSockets are not requests here: the subscriptions close them themselves (1001, going away).
 */
export class HttpDrain {
  private draining = false;
  /** Open connections and how many of their requests are in flight. */
  private readonly connections = new Map<net.Socket, number>();
  /** Responses not yet ended. */
  private readonly inFlight = new Set<http.ServerResponse>();
  private finished: (() => void) | null = null;
  private done: Promise<void> | null = null;

  constructor(
    private readonly server: http.Server,
    private readonly handler: http.RequestListener,
  ) {
    server.on('connection', (socket: net.Socket) => {
      this.connections.set(socket, 0);
      socket.once('close', () => this.connections.delete(socket));
    });
    // An upgraded connection (WebSocket) leaves HTTP: its owner closes it.
    server.on('upgrade', (_req, socket: net.Socket) => {
      this.connections.delete(socket);
      if (server.listenerCount('upgrade') === 1) socket.destroy();
    });
  }

  /** The server's request listener: the app while serving, the 503 answer while draining. */
  readonly listener: http.RequestListener = (req, res) => {
    const socket = req.socket;
    this.connections.set(socket, (this.connections.get(socket) ?? 0) + 1);
    this.inFlight.add(res);
    res.once('close', () => {
      this.inFlight.delete(res);
      const left = (this.connections.get(socket) ?? 1) - 1;
      if (this.connections.has(socket)) this.connections.set(socket, left);
      if (!this.draining) return;
      if (left === 0) socket.destroySoon();
      this.settle();
    });
    if (!this.draining) {
      this.handler(req, res);
      return;
    }
    res.setHeader('connection', 'close');
    if (req.url === '/healthz') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ status: 'ok' }));
      return;
    }
    res.statusCode = 503;
    res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
    res.setHeader('content-type', 'application/json');
    res.setHeader('cache-control', 'no-store');
    res.end(JSON.stringify(req.url === '/readyz' ? { status: 'draining' } : SERVICE_UNAVAILABLE_BODY));
  };

  get isDraining(): boolean {
    return this.draining;
  }

  /** Requests being answered now. */
  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /** Starts draining; resolves once the last request in flight has ended and the listener is closed. */
  drain(): Promise<void> {
    if (this.done) return this.done;
    this.draining = true;
    this.done = new Promise<void>((resolve) => (this.finished = resolve));
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
    for (const [socket, requests] of this.connections) if (requests === 0) socket.destroy();
    this.settle();
    return this.done;
  }

  /** The deadline passed: closes every connection, requests in flight or not. */
  closeAll(): void {
    for (const socket of this.connections.keys()) socket.destroy();
  }

  private settle() {
    if (!this.draining || this.inFlight.size > 0 || !this.finished) return;
    const finished = this.finished;
    this.finished = null;
    this.server.close(() => finished());
    // Connections opened since that have not sent a request yet: nothing is left to answer them.
    for (const [socket, requests] of this.connections) if (requests === 0) socket.destroy();
  }
}
