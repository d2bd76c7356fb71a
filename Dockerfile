# One image for every Malmökraften service. docker-compose.yml and the
# Kubernetes manifests (deploy/kubernetes/) pick the process per container, e.g.
#   node --import tsx subgraphs/af/src/main.ts
#   node --import tsx scripts/migrate.ts af        (an agency's migrations alone)
#   node --import tsx dev/src/seed-agency.ts af    (docker-compose.yml's demo seed step, before the subgraph;
#                                                   the development tooling, which no service loads)
#   node --max-old-space-size=256 --import tsx gateway/src/main.ts
# The services run their TypeScript through tsx (a root devDependency), so the
# install keeps dev dependencies. The gateway serves the web app, built here.

# Every workspace's package.json and the lock, and nothing else: the workspaces
# are globs (each agency's folder under subgraphs/ is one), so they are picked
# out here rather than named one by one below.
FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests && find . -name node_modules -prune -o -name 'package*.json' -print | xargs cp --parents -t /manifests

FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so the layer is reused while only source changes: the
# copy from the stage above is the same as long as no package.json changes.
COPY --from=manifests /manifests/ ./
RUN npm ci --include=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.base.json tsconfig.json ./
COPY shared/ shared/
COPY dev/ dev/
COPY subgraphs/ subgraphs/
COPY gateway/ gateway/
COPY web/ web/
COPY scripts/compose.ts scripts/migrate.ts scripts/agency-module.ts scripts/

# The supergraph is composed from the subgraph schemas in this image, so the
# gateway always serves the schemas it is shipped with; the web app is built
# into web/dist, which the gateway serves at / (WEB_DIR).
RUN npx tsx scripts/compose.ts && npm run -s web:build

# Everything above stays owned by root: the services can read it, not change it.
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    WEB_DIR=web/dist
USER node
EXPOSE 4000 4001 4002 4003 4004
# The gateway's old space is capped at 256 MB: V8 collects sooner and peak memory under load
# stays near 220 MB instead of growing past 400 MB (npm run bench).
CMD ["node", "--max-old-space-size=256", "--import", "tsx", "gateway/src/main.ts"]
