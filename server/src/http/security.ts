import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The report builder's screens (client routes /reports/new and /reports/<id>/edit): GraphiQL 5
 * edits in Monaco, which positions its lines and writes its theme with inline styles and ships
 * its fonts as data: URLs. Only the documents of these screens may apply inline styles and data:
 * fonts; scripts stay 'self' there too, and every other response keeps the strict policy. The
 * dashboard opens these screens with a full page load, so the relaxed policy never reaches a
 * document loaded for another screen.
 */
export const STYLE_INLINE_DOCUMENTS = /^\/reports\/(?:new|[^/]+\/edit)\/?$/;

function helmetFor(inlineStyles: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: inlineStyles ? ["'self'", "'unsafe-inline'"] : ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: inlineStyles ? ["'self'", 'data:'] : ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
}

/**
 * Security headers for every response. The dashboard is built by Vite into external files, so
 * the Content-Security-Policy allows no inline script at all (and, outside the builder's
 * documents, no inline style).
 */
export function securityHeaders(): RequestHandler {
  const strict = helmetFor(false);
  const builder = helmetFor(true);
  return (req, res, next) => (req.method === 'GET' && STYLE_INLINE_DOCUMENTS.test(req.path) ? builder : strict)(req, res, next);
}

/** CORS is closed unless origins are listed (CORS_ORIGINS); cookies only travel to listed origins. */
export function corsPolicy(allowedOrigins: readonly string[]): RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowedOrigins.includes(origin)),
    credentials: true,
    methods: ['GET', 'POST'],
    allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-apollo-operation-name', 'x-request-id'],
    maxAge: 600,
  });
}
