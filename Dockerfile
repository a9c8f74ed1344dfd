# One image for every JCN Hub service: the gateway (with the web console) and the four network subgraphs.
# docker-compose.yml picks the process per service with `command:`; the default is the gateway.
#
# `npm ci --omit=dev` is not used: tsx runs the TypeScript sources at runtime,
# so the image installs the full lockfile.

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund \
 && npm cache clean --force

# The web console, built once for every deployment: its sign-in settings come from the
# gateway's /console/config.json at run time, so nothing deployment-specific is baked in.
FROM deps AS console
COPY console ./console
RUN npm run build:console

FROM node:20-bookworm-slim
ENV NODE_ENV=production
# The gateway's heap settings (scripts/lib/heap.ts, measured in BENCHMARKS.md section 7); a subgraph's service sets its own.
ENV NODE_OPTIONS=--max-semi-space-size=16
WORKDIR /app
# Code and dependencies stay owned by root, so the `node` user can read but not change them.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY shared ./shared
COPY gateway ./gateway
COPY subgraphs ./subgraphs
# Served by the gateway at / (its CONSOLE_DIR default).
COPY --from=console /app/console/dist ./console/dist
USER node
EXPOSE 4000
CMD ["node", "--import", "tsx", "gateway/src/main.ts"]
