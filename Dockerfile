# One image for every JCN Hub service: the gateway (with the web console), the four network
# subgraphs and the migration job, as compiled JavaScript (npm run build). The process is the
# argument of start.js: `gateway` (the default), a network's key, or `migrate`; docker-compose.yml
# and the Kubernetes manifests (deploy/k8s/) choose it per service.

FROM node:24-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund \
 && npm cache clean --force

# The web console, built once for every deployment: its sign-in settings come from the
# gateway's /console/config.json at run time, so nothing deployment-specific is baked in.
FROM deps AS console
COPY console ./console
RUN npm run build:console

# TypeScript to JavaScript in dist/, with the SDL files and the supergraph the processes read.
FROM deps AS build
COPY tsconfig.json tsconfig.build.json start.ts ./
COPY scripts/build.ts ./scripts/build.ts
COPY shared ./shared
COPY gateway ./gateway
COPY subgraphs ./subgraphs
RUN npm run build

# Production dependencies only: no tsx, TypeScript, jest or embedded PostgreSQL in the final image.
FROM node:24-bookworm-slim AS runtime-deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund \
 && npm cache clean --force

FROM node:24-bookworm-slim
ENV NODE_ENV=production
# The gateway's heap settings (scripts/lib/heap.ts, measured in BENCHMARKS.md section 8); a subgraph's service sets its own.
ENV NODE_OPTIONS=--max-semi-space-size=16
WORKDIR /app
# Code and dependencies stay owned by root, so the `node` user can read but not change them.
COPY --from=runtime-deps /app/node_modules ./node_modules
# dist/ at the root keeps the sources' layout: /app/start.js, /app/gateway/supergraph.graphql, ...
# and brings its own package.json, which maps the #shared/* imports to the compiled files.
COPY --from=build /app/dist ./
# Served by the gateway at / (its CONSOLE_DIR default).
COPY --from=console /app/console/dist ./console/dist
USER node
EXPOSE 4000
ENTRYPOINT ["node", "start.js"]
CMD ["gateway"]
