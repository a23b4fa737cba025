-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "InboxEvent";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Workspace" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "widgetKey" TEXT NOT NULL,
    "defaultReply" TEXT,
    "botSettings" JSONB,
    "botRevision" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "routingStrategy" TEXT NOT NULL DEFAULT 'LEAST_BUSY',
    "routeOnStart" BOOLEAN NOT NULL DEFAULT true,
    "maxQueueWaitSeconds" INTEGER,
    "autoReassignSeconds" INTEGER,
    "offlineReply" TEXT,
    "businessHours" JSONB,
    "identitySecret" TEXT
);
INSERT INTO "new_Workspace" ("autoReassignSeconds", "botRevision", "botSettings", "businessHours", "createdAt", "defaultReply", "id", "identitySecret", "maxQueueWaitSeconds", "name", "offlineReply", "routeOnStart", "routingStrategy", "updatedAt", "widgetKey") SELECT "autoReassignSeconds", "botRevision", "botSettings", "businessHours", "createdAt", "defaultReply", "id", "identitySecret", "maxQueueWaitSeconds", "name", "offlineReply", "routeOnStart", "routingStrategy", "updatedAt", "widgetKey" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE UNIQUE INDEX "Workspace_widgetKey_key" ON "Workspace"("widgetKey");
CREATE TABLE "new_ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'BOT',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME,
    CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ApiKey" ("createdAt", "id", "name", "prefix", "revokedAt", "role", "tokenHash", "workspaceId") SELECT "createdAt", "id", "name", "prefix", "revokedAt", "role", "tokenHash", "workspaceId" FROM "ApiKey";
DROP TABLE "ApiKey";
ALTER TABLE "new_ApiKey" RENAME TO "ApiKey";
CREATE UNIQUE INDEX "ApiKey_tokenHash_key" ON "ApiKey"("tokenHash");
CREATE INDEX "ApiKey_workspaceId_createdAt_idx" ON "ApiKey"("workspaceId", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

