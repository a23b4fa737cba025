-- RedefineTables (hand-edited: inboxOrderAt starts as a copy of lastMessageAt)
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
    "inboxOrderAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    "departmentId" TEXT,
    "skills" JSONB,
    "language" TEXT,
    "queueState" TEXT NOT NULL DEFAULT 'NONE',
    "queuedAt" DATETIME,
    "assignedAt" DATETIME,
    "awaitingReplySince" DATETIME,
    "number" INTEGER,
    "snoozedUntil" DATETIME,
    "leftMessageAt" DATETIME,
    CONSTRAINT "Conversation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conversation_visitorId_fkey" FOREIGN KEY ("visitorId") REFERENCES "Visitor" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Conversation_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "Agent" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Conversation_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Conversation" ("assignedAt", "assigneeId", "awaitingReplySince", "createdAt", "departmentId", "id", "language", "lastMessageAt", "lastSeq", "lastVisitorSeq", "leftMessageAt", "number", "prevVisitorSeq", "priority", "queueState", "queuedAt", "resolvedAt", "skills", "snoozedUntil", "status", "subject", "updatedAt", "visitorId", "workspaceId", "inboxOrderAt") SELECT "assignedAt", "assigneeId", "awaitingReplySince", "createdAt", "departmentId", "id", "language", "lastMessageAt", "lastSeq", "lastVisitorSeq", "leftMessageAt", "number", "prevVisitorSeq", "priority", "queueState", "queuedAt", "resolvedAt", "skills", "snoozedUntil", "status", "subject", "updatedAt", "visitorId", "workspaceId", "lastMessageAt" FROM "Conversation";
DROP TABLE "Conversation";
ALTER TABLE "new_Conversation" RENAME TO "Conversation";
CREATE INDEX "Conversation_workspaceId_status_inboxOrderAt_idx" ON "Conversation"("workspaceId", "status", "inboxOrderAt");
CREATE INDEX "Conversation_workspaceId_assigneeId_inboxOrderAt_idx" ON "Conversation"("workspaceId", "assigneeId", "inboxOrderAt");
CREATE INDEX "Conversation_workspaceId_visitorId_inboxOrderAt_idx" ON "Conversation"("workspaceId", "visitorId", "inboxOrderAt");
CREATE INDEX "Conversation_workspaceId_inboxOrderAt_idx" ON "Conversation"("workspaceId", "inboxOrderAt");
CREATE INDEX "Conversation_workspaceId_createdAt_idx" ON "Conversation"("workspaceId", "createdAt");
CREATE INDEX "Conversation_workspaceId_queueState_queuedAt_idx" ON "Conversation"("workspaceId", "queueState", "queuedAt");
CREATE INDEX "Conversation_assigneeId_status_idx" ON "Conversation"("assigneeId", "status");
CREATE INDEX "Conversation_snoozedUntil_idx" ON "Conversation"("snoozedUntil");
CREATE UNIQUE INDEX "Conversation_workspaceId_number_key" ON "Conversation"("workspaceId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

