# syntax=docker/dockerfile:1
# The API as one read-only, non-root container. Build (buildah needs --format docker to keep HEALTHCHECK):
#   buildah bud --isolation chroot --format docker -t kz-elections \
#     --build-arg VERSION="$(node -p "require('./package.json').version")" --build-arg REVISION="$(git rev-parse HEAD)" .
#   docker build -t kz-elections --build-arg REVISION="$(git rev-parse HEAD)" .
#
# Node 24 (current LTS) on Debian 12, pinned by the digest of its multi-architecture index. The digest is the
# one public Dockerfiles pin for this tag; it could not be checked against the registry from the project's
# build machines (no registry access there). To move to a newer patch release, print the current digest with
#   docker buildx imagetools inspect docker.io/library/node:24-bookworm-slim    (or: skopeo inspect --format '{{.Digest}}' …)
# and replace it here (or pass --build-arg NODE_IMAGE=node:24-bookworm-slim@sha256:…).
ARG NODE_IMAGE=node:24-bookworm-slim@sha256:0e0ff40c39bc087845bfb27465a0df4ea419520094bc35842ff83dd8cbe6f9b6

# Build: compile TypeScript, bundle the dashboard (dist/dashboard) and build the SQLite store from seed/ (the store
# is never committed). No install scripts run and no compiler is needed: better-sqlite3 13 ships its Node-API addon prebuilt in the package,
# and its 12.x line (`better-sqlite3-node20`, only ever loaded on Node 20; src/db/sqlite.ts) is not used here.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json drizzle.config.ts ./
COPY src ./src
COPY dashboard ./dashboard
COPY scripts/build-dashboard.ts ./scripts/
COPY migrations ./migrations
COPY seed ./seed
RUN npm run build && node dist/loader/cli.js
# Only what runs: production dependencies, without the Node 20 driver, SQLite's C sources and the addons
# built for other platforms.
RUN npm prune --omit=dev --ignore-scripts --no-audit --no-fund \
  && rm -rf node_modules/better-sqlite3-node20 node_modules/better-sqlite3/deps node_modules/better-sqlite3/src \
  && keep="$(node -p 'process.platform + "-" + process.arch').node" \
  && find node_modules/better-sqlite3/prebuilds -type f ! -name "$keep" -delete \
  && node -e "new (require('better-sqlite3'))('data/kz-elections.sqlite', { readonly: true }).close()"

# Run: the compiled code, the store and production dependencies, owned by root and read-only to the server,
# which runs as the image's unprivileged `node` user (numeric, so Kubernetes can check runAsNonRoot). Nothing
# is written at run time; SQLite may spill large sorts to /tmp (an emptyDir in deploy/, a tmpfs elsewhere).
FROM ${NODE_IMAGE}
ARG VERSION=0.1.0
ARG REVISION=unknown
ARG CREATED=unknown
ARG SOURCE=unknown
# licenses: the dataset's licence (CITATION.cff); the repository states no separate licence for the code.
LABEL org.opencontainers.image.title="kz-elections-api" \
      org.opencontainers.image.description="Public read-only API for Kazakhstan's national votes 2019-2023, every figure traceable to a source" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created="${CREATED}" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="CC-BY-4.0"
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0 DATABASE_PATH=/app/data/kz-elections.sqlite
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/data ./data
COPY package.json ./
USER 1000:1000
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# A 96 MB old-space cap keeps RSS under 150 MB under load (measured by npm run bench).
CMD ["node", "--max-old-space-size=96", "dist/server.js"]
