import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { DataSource } from 'typeorm';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
/** Operation names come from clients: cap the label values so nobody can explode the series. */
const MAX_OPERATION_LABELS = 200;

interface PgPoolStats {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Prometheus metrics of one process: GraphQL operations, HTTP responses, the database pool. */
export class ServiceMetrics {
  readonly registry = new Registry();
  private readonly seenOperations = new Set<string>();
  private readonly operations = new Counter({
    name: 'gmis_graphql_operations_total',
    help: 'GraphQL operations by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly operationSeconds = new Histogram({
    name: 'gmis_graphql_operation_duration_seconds',
    help: 'GraphQL operation latency by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  private readonly httpResponses = new Counter({
    name: 'gmis_http_responses_total',
    help: 'HTTP responses by method and status class',
    labelNames: ['method', 'status'] as const,
    registers: [this.registry],
  });

  constructor(db: DataSource) {
    collectDefaultMetrics({ register: this.registry });
    const pool = () => (db.driver as unknown as { master?: PgPoolStats }).master;
    new Gauge({
      name: 'gmis_db_pool_connections',
      help: 'PostgreSQL pool connections by state',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const stats = pool();
        this.set({ state: 'total' }, stats?.totalCount ?? 0);
        this.set({ state: 'idle' }, stats?.idleCount ?? 0);
        this.set({ state: 'waiting' }, stats?.waitingCount ?? 0);
      },
    });
  }

  /** Adds a gauge read at scrape time (e.g. an outbox backlog from another domain). */
  addGauge(name: string, help: string, read: () => Promise<number>): void {
    new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read().catch(() => Number.NaN));
      },
    });
  }

  private operationLabel(name: string | null | undefined): string {
    if (!name || !OPERATION_NAME.test(name)) return 'anonymous';
    if (this.seenOperations.has(name)) return name;
    if (this.seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
    this.seenOperations.add(name);
    return name;
  }

  apolloPlugin(): ApolloServerPlugin {
    return {
      requestDidStart: async () => {
        const started = process.hrtime.bigint();
        return {
          willSendResponse: async ({ operationName, errors }) => {
            const operation = this.operationLabel(operationName);
            const seconds = Number(process.hrtime.bigint() - started) / 1e9;
            this.operationSeconds.observe({ operation }, seconds);
            this.operations.inc({ operation, outcome: errors?.length ? 'error' : 'ok' });
          },
        };
      },
    };
  }

  httpMiddleware(): RequestHandler {
    return (req, res, next) => {
      res.on('finish', () => this.httpResponses.inc({ method: req.method, status: `${Math.floor(res.statusCode / 100)}xx` }));
      next();
    };
  }

  handler(): RequestHandler {
    return async (_req, res) => {
      res.setHeader('content-type', this.registry.contentType);
      res.send(await this.registry.metrics());
    };
  }
}
