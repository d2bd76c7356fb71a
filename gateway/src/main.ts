/**
 * The gateway as a process of its own (one container in docker-compose.yml); .env.example lists its settings.
 * It serves no demo sign-in: the development tooling's dev/src/gateway.ts starts the same process with it.
 */
import { runGatewayProcess } from './process';

runGatewayProcess();
