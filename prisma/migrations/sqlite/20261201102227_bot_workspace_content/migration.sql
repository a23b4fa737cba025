-- AlterTable
ALTER TABLE "KnowledgeEntry" ADD COLUMN "intent" TEXT;

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
    "lastInboxSeq" INTEGER NOT NULL DEFAULT 0,
    "identitySecret" TEXT
);
INSERT INTO "new_Workspace" ("autoReassignSeconds", "businessHours", "createdAt", "defaultReply", "id", "identitySecret", "lastInboxSeq", "maxQueueWaitSeconds", "name", "offlineReply", "routeOnStart", "routingStrategy", "updatedAt", "widgetKey") SELECT "autoReassignSeconds", "businessHours", "createdAt", "defaultReply", "id", "identitySecret", "lastInboxSeq", "maxQueueWaitSeconds", "name", "offlineReply", "routeOnStart", "routingStrategy", "updatedAt", "widgetKey" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE UNIQUE INDEX "Workspace_widgetKey_key" ON "Workspace"("widgetKey");
CREATE TABLE "new_BotIntent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "answerZh" TEXT,
    "answerEn" TEXT,
    "answerEnabled" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "BotIntent_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_BotIntent" ("answerEn", "answerZh", "createdAt", "id", "name", "updatedAt", "workspaceId") SELECT "answerEn", "answerZh", "createdAt", "id", "name", "updatedAt", "workspaceId" FROM "BotIntent";
DROP TABLE "BotIntent";
ALTER TABLE "new_BotIntent" RENAME TO "BotIntent";
CREATE UNIQUE INDEX "BotIntent_workspaceId_name_key" ON "BotIntent"("workspaceId", "name");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

