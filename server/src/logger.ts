import pino from 'pino';

/** Structured JSON logs. Secrets never reach them: auth headers and cookies are redacted. */
export function createLogger(level: string) {
  return pino({
    level,
    base: { service: 'gmis-graphql' },
    redact: {
      paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
  });
}
