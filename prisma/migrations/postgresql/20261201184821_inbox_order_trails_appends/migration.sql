-- DropIndex
DROP INDEX "Conversation_workspaceId_status_lastMessageAt_idx";

-- DropIndex
DROP INDEX "Conversation_workspaceId_assigneeId_lastMessageAt_idx";

-- DropIndex
DROP INDEX "Conversation_workspaceId_visitorId_lastMessageAt_idx";

-- DropIndex
DROP INDEX "Conversation_workspaceId_lastMessageAt_idx";

-- AlterTable
ALTER TABLE "Conversation" ADD COLUMN     "inboxOrderAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- Hand-written: inboxOrderAt starts as a copy of lastMessageAt
UPDATE "Conversation" SET "inboxOrderAt" = "lastMessageAt";

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_status_inboxOrderAt_idx" ON "Conversation"("workspaceId", "status", "inboxOrderAt");

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_assigneeId_inboxOrderAt_idx" ON "Conversation"("workspaceId", "assigneeId", "inboxOrderAt");

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_visitorId_inboxOrderAt_idx" ON "Conversation"("workspaceId", "visitorId", "inboxOrderAt");

-- CreateIndex
CREATE INDEX "Conversation_workspaceId_inboxOrderAt_idx" ON "Conversation"("workspaceId", "inboxOrderAt");

