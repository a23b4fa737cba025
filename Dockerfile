# Kefu production image: build with the dev dependencies, then run the compiled server from dist/
# with production dependencies only, as an unprivileged user.
#   docker build -t kefu .
#   docker run -p 4000:4000 -v kefu-data:/data kefu
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.json tsconfig.build.json ./
# postinstall generates the Prisma clients; the build needs the sources, so it runs after COPY.
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3 && node scripts/prisma-generate.mjs
COPY bin ./bin
COPY src ./src
COPY bench ./bench
COPY client ./client
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production KEFU_DATA_DIR=/data KEFU_HTTP_HOST=0.0.0.0 KEFU_HTTP_PORT=4000
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/bin ./bin
COPY --from=build /app/dist ./dist
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s CMD node -e "fetch('http://127.0.0.1:4000/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--max-semi-space-size=32", "bin/kefu.mjs", "start"]
