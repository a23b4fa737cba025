-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "visitorId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "priority" TEXT NOT NULL DEFAULT 'NORMAL',
    "subject" TEXT,
    "assigneeId" TEXT,
    "lastSeq" INTEGER NOT NULL DEFAULT 0,
    "lastVisitorSeq" INTEGER NOT NULL DEFAULT 0,
    "prevVisitorSeq" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "lastMessageAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "departmentId" TEXT,
    "skills" JSONB,
    "language" TEXT,
    "queueState" TEXT NOT NULL DEFAULT 'NONE',
    "queuedAt" DATETIME,
    "assignedAt" DATETIME,
    "awaitingReplySince" DATETIME,
    CONSTRAINT "Conversation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conversation_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Visitor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conversation_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Agent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conversation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Conversation" ("assignedAt", "assigneeId", "awaitingReplySince", "createdAt", "departmentId", "id", "language", "lastMessageAt", "lastSeq", "lastVisitorSeq", "priority", "queueState", "queuedAt", "resolvedAt", "skills", "status", "subject", "updatedAt", "visitorId", "workspaceId") SELECT "assignedAt", "assigneeId", "awaitingReplySince", "createdAt", "departmentId", "id", "language", "lastMessageAt", "lastSeq", "lastVisitorSeq", "priority", "queueState", "queuedAt", "resolvedAt", "skills", "status", "subject", "updatedAt", "visitorId", "workspaceId" FROM "Conversation";
DROP TABLE "Conversation";
ALTER TABLE "new_Conversation" RENAME TO "Conversation";
CREATE INDEX "Conversation_workspaceId_status_lastMessageAt_idx" ON "Conversation"("workspaceId", "status", "lastMessageAt");
CREATE INDEX "Conversation_workspaceId_assigneeId_lastMessageAt_idx" ON "Conversation"("workspaceId", "assigneeId", "lastMessageAt");
CREATE INDEX "Conversation_workspaceId_visitorId_lastMessageAt_idx" ON "Conversation"("workspaceId", "visitorId", "lastMessageAt");
CREATE INDEX "Conversation_workspaceId_lastMessageAt_idx" ON "Conversation"("workspaceId", "lastMessageAt");
CREATE INDEX "Conversation_workspaceId_createdAt_idx" ON "Conversation"("workspaceId", "createdAt");
CREATE INDEX "Conversation_workspaceId_queueState_queuedAt_idx" ON "Conversation"("workspaceId", "queueState", "queuedAt");
CREATE INDEX "Conversation_assigneeId_status_idx" ON "Conversation"("assigneeId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Search indexing batched behind the write (hand-written; src/storage/sql/sqlite-search-index.ts):
-- no insert trigger; an index row's rowid is its message's rowid, so the indexer finds what is
-- pending by rowid. Deletes and edits of searchText still follow at once.
DROP TRIGGER "Message_search_insert";
DROP TRIGGER "Message_search_delete";
DROP TRIGGER "Message_search_update";
DELETE FROM "MessageSearch";
INSERT INTO "MessageSearch" ("rowid", "searchText", "messageId", "workspaceId") SELECT "rowid", "searchText", "id", "workspaceId" FROM "Message" ORDER BY "rowid";
CREATE TRIGGER "Message_search_delete" AFTER DELETE ON "Message" BEGIN
  DELETE FROM "MessageSearch" WHERE "rowid" = old."rowid";
END;
CREATE TRIGGER "Message_search_update" AFTER UPDATE OF "searchText" ON "Message" BEGIN
  UPDATE "MessageSearch" SET "searchText" = new."searchText" WHERE "rowid" = old."rowid";
END;
