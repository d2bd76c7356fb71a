# One image for every Malmökraften service. docker-compose.yml and the
# Kubernetes manifests (deploy/kubernetes/) pick the process per container, e.g.
#   node --import tsx subgraphs/af/src/main.ts
#   node --import tsx scripts/migrate.ts af        (an agency's migrations alone)
#   node --max-old-space-size=256 --import tsx gateway/src/main.ts
# The services run their TypeScript through tsx (a root devDependency), so the
# install keeps dev dependencies. The gateway serves the web app, built here.
FROM node:20-bookworm-slim

WORKDIR /app

# Dependencies first, so the layer is reused while only source changes.
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY subgraphs/af/package.json subgraphs/af/
COPY subgraphs/malmo/package.json subgraphs/malmo/
COPY subgraphs/fk/package.json subgraphs/fk/
COPY subgraphs/region/package.json subgraphs/region/
COPY gateway/package.json gateway/
COPY web/package.json web/
RUN npm ci --include=dev --no-audit --no-fund && npm cache clean --force

COPY tsconfig.base.json tsconfig.json ./
COPY shared/ shared/
COPY subgraphs/ subgraphs/
COPY gateway/ gateway/
COPY web/ web/
COPY scripts/compose.ts scripts/migrate.ts scripts/

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
