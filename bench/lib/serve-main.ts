/**
 * Stands in for `hindsight serve` while the CLI has no such command: the same app (buildApp)
 * over the same database (openDatabase with DATABASE_URL or HINDSIGHT_DATA_DIR), configured
 * from the environment as the server is, listening on PORT. The benchmark prefers the real
 * command when the built CLI has it.
 */
import { buildApp, loadServerConfig, openDatabase } from '@hindsight/server';

const config = loadServerConfig(process.env);
const handle = await openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
const app = await buildApp({ handle, config });
await app.listen({ port: config.port, host: config.host });
const stop = (): void =>
  void app
    .close()
    .then(() => handle.close())
    .then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
