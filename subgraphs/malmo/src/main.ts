/** Malmö stad's subgraph as a process of its own (one container in docker-compose.yml); .env.example lists its settings. */
import { runSubgraphProcess } from '@malmokraften/shared';
import { malmoModule } from './index';

runSubgraphProcess(malmoModule);
