-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN "leftMessageAt" DATETIME;
ALTER TABLE "Conversation" ADD COLUMN "number" INTEGER;
ALTER TABLE "Conversation" ADD COLUMN "snoozedUntil" DATETIME;

-- CreateTable
CREATE TABLE "ConversationCounter" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "lastNumber" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ConversationCounter_id_fkey" FOREIGN KEY ("id") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

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
    "maxQueueWaitSeconds" INTEGER DEFAULT 300,
    "autoReassignSeconds" INTEGER,
    "offlineReply" TEXT,
    "businessHours" JSONB,
    "identitySecret" TEXT,
    "lastEventPosition" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_Workspace" ("lastEventPosition", "autoReassignSeconds", "botRevision", "botSettings", "businessHours", "createdAt", "defaultReply", "id", "identitySecret", "maxQueueWaitSeconds", "name", "offlineReply", "routeOnStart", "routingStrategy", "updatedAt", "widgetKey") SELECT "lastEventPosition", "autoReassignSeconds", "botRevision", "botSettings", "businessHours", "createdAt", "defaultReply", "id", "identitySecret", "maxQueueWaitSeconds", "name", "offlineReply", "routeOnStart", "routingStrategy", "updatedAt", "widgetKey" FROM "Workspace";
DROP TABLE "Workspace";
ALTER TABLE "new_Workspace" RENAME TO "Workspace";
CREATE UNIQUE INDEX "Workspace_widgetKey_key" ON "Workspace"("widgetKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Conversation_snoozedUntil_idx" ON "Conversation"("snoozedUntil");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_workspaceId_number_key" ON "Conversation"("workspaceId", "number");


-- Number the existing conversations per workspace in creation order, and start each counter there.
UPDATE "Conversation" SET "number" = n."rn" FROM (SELECT "id", ROW_NUMBER() OVER (PARTITION BY "workspaceId" ORDER BY "createdAt", "id") AS "rn" FROM "Conversation") AS n WHERE "Conversation"."id" = n."id";
INSERT INTO "ConversationCounter" ("id", "lastNumber") SELECT "workspaceId", MAX("number") FROM "Conversation" GROUP BY "workspaceId";
