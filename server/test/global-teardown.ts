export default async function globalTeardown(): Promise<void> {
  await globalThis.__GMIS_EMBEDDED_PG__?.stop();
}
