# payment-sandbox: one HTTP server emulating payment providers.
#   docker build -t payment-sandbox . && docker run -p 4100:4100 payment-sandbox
# Data (data/db.json and its write-ahead log) lives on the /app/data volume; the seed fixtures are
# copied to /app/seed so a volume over /app/data cannot hide them. Mount a folder over
# /app/scenarios to replace the scenario files.

# ---- build: compile TypeScript, then bundle the server and its production dependencies -------
# into one file (dist/server.mjs, esbuild): the runtime stage needs no node_modules at all.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/bundle.mjs ./scripts/bundle.mjs
COPY src ./src
RUN npm run build

# ---- runtime ----------------------------------------------------------------------------------
FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4100 \
    SANDBOX_FIXTURES_DIR=/app/seed
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist/server.mjs /app/dist/server.mjs.map ./dist/
COPY scenarios ./scenarios
COPY data/seed ./seed
# The database directory must exist and belong to `node` before VOLUME, so a fresh named volume
# is created from it with the same owner and is writable by the server.
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME /app/data
EXPOSE 4100
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4100)+'/__admin/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 (exec form, no npm/shell wrapper) so SIGTERM reaches the server, which flushes
# the database and exits.
CMD ["node", "dist/server.mjs"]
